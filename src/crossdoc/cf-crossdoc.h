/* cf-crossdoc.h — checks ACROSS documents: the records of a batch (and of the history
 * database) compared with each other.
 *
 * Documents are matched by their issuing unit, reduced to a key (cf_crossdoc_unit_key: 中共,
 * province and city prefixes dropped, 委员会 read as 委), and their report year.  Rules:
 *   crossdoc-mismatch      same unit, same year, same item and meaning (budget, spending,
 *                          carry-over, a count), different values in two documents
 *   crossdoc-previous-year a figure a report quotes from its previous year (上年…, 上年结转)
 *                          differs from that year's own report
 *   crossdoc-counter       a 连续N年 / 连续第N年 counter that does not advance with the years
 *   crossdoc-consolidated  a consolidated table's row for a unit differs from that unit's own
 *                          report of the same year
 *   reused-text            two documents of different units or years share a long passage
 *                          with different numbers in it (a copied template)
 * Every finding points at both places: the primary in a record read in this run when there
 * is one, the other document's place as a related location with its source line. */
#pragma once

#include <glib.h>

#include "check/cf-check.h"
#include "model/cf-record.h"

G_BEGIN_DECLS

/* Checks @records (CfRecord*, borrowed; some may be from_history) against each other.
 * Findings whose places are all in history records are not reported (they were before).
 * @options selects rules as for cf_check_document (NULL: all).  Returns a new array of
 * CfFinding*, sorted (cf_finding_compare), owning its findings; never NULL. */
GPtrArray *cf_crossdoc_check(GPtrArray *records, const CfCheckOptions *options);

/* Takes over one complete finding. */
typedef void (*CfCrossdocEmitFunc)(CfFinding *finding, gpointer user_data);

/* The same, for a large batch, whose findings across documents are many and their source
 * lines long: with @sources FALSE every place's source line is left "" (fill them with
 * cf_crossdoc_fill_sources() just before the finding is written);
 * with @emit, each finding is handed to it (which owns it) as soon as it is complete, in no
 * particular order, and NULL is returned. */
GPtrArray *cf_crossdoc_check_full(GPtrArray *records, const CfCheckOptions *options,
				  gboolean sources, CfCrossdocEmitFunc emit, gpointer emit_data);

/* The same, the work on each document spread over @jobs threads (0: one per core): the
 * findings, and the order they are handed to @emit in, are those of one thread. */
GPtrArray *cf_crossdoc_check_jobs(GPtrArray *records, const CfCheckOptions *options,
				  gboolean sources, CfCrossdocEmitFunc emit, gpointer emit_data,
				  guint jobs);

/* Gives every place of @finding whose source line is "" the line of the record of its file
 * in @records_by_path (path → CfRecord*, borrowed), as cf_crossdoc_check() would have. */
void cf_crossdoc_fill_sources(CfFinding *finding, GHashTable *records_by_path);

/* Compacts @record (cf_record_compact) to what cf_crossdoc_check() reads of it: the claims a
 * rule may read (decided by each claim and its record alone, so whatever else the batch
 * holds), the metadata it reads and the sentence fingerprints; its strings into @strings,
 * its claims, fingerprints and source lines into @spill (both must outlive it).  cf_crossdoc_check() gives the same findings for
 * compact records as for full ones.  Fails only when @spill cannot be written. */
gboolean cf_crossdoc_compact_record(CfRecord *record, CfRecordStrings *strings, CfSpill *spill,
				    GError **error);

/* The part of cf_crossdoc_compact_record() that touches nothing shared (a worker thread may
 * do it): marks the claims to keep and packs @record (cf_record_pack).  A packed record is
 * then compacted by cf_crossdoc_compact_record() as it would have been. */
void cf_crossdoc_pack_record(CfRecord *record);

/* The record of @doc and @claims (CfClaim*) cf_crossdoc_pack_record() would make of
 * cf_record_new_from_document()'s, made without the full record in between. */
CfRecord *cf_crossdoc_new_packed_record(const CfDocument *doc, GPtrArray *claims);

/* The key two spellings of one issuing unit share, as the segment stage writes it
 * (cf_metadata_unit_key): its innermost place, '/', the department ("中共长沙市雨花区委组织部",
 * "雨花区委组织部", "雨花区组织部" → "雨花区/组织部"); a place alone ("开福区"); '/' and the
 * name when no place is written.  NULL when @unit is NULL or empty, or names a department of
 * no place (区委组织部 is every district's).  Caller frees.  A record whose key is a place
 * alone is compared as the one unit of that place in the batch, if there is one. */
char *cf_crossdoc_unit_key(const char *unit);

G_END_DECLS
