#include "segment/cf-segment.h"

/* placeholder until the segment stage lands */
void
cf_segment_document(CfDocument *doc)
{
}
