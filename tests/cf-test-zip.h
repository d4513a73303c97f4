/* cf-test-zip.h — ZIP archives built byte by byte for the tests of .docx and .xlsx input
 * (tests/test-docx.c, tests/test-xlsx.c), so each test controls every byte it feeds in. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
	const char *name;
	const char *data;
	guint16 method; /* 0 stored, 8 deflated */
	guint16 flags;  /* bit 0: encrypted */
	gboolean bad_crc;
} Member;

/* A new ZIP archive of @members (up to the first with a NULL name): local headers, data,
 * central directory and end record, as a writer without ZIP64 lays them out. */
GByteArray *zip_of(const Member *members);

G_END_DECLS
