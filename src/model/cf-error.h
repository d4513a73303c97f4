/* cf-error.h — the one error domain of crossfoot, and the process exit codes.
 *
 * A GError means the work could not be done (a file that cannot be read, a broken
 * lexicon file).  A broken relation inside a report is never a GError: it is a finding. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CF_ERROR (cf_error_quark())
GQuark cf_error_quark(void);

typedef enum {
	CF_ERROR_FAILED,    /* anything not listed below */
	CF_ERROR_IO,        /* cannot open, stat or read a path */
	CF_ERROR_ENCODING,  /* bytes invalid in the chosen encoding, unknown --encoding */
	CF_ERROR_BINARY,    /* the file is not text (NUL bytes, control bytes) */
	CF_ERROR_EMPTY,     /* the file holds no text */
	CF_ERROR_TOO_LARGE, /* the file is over CF_MAX_FILE_BYTES */
	CF_ERROR_PATTERN,   /* a lexicon file under patterns/ is invalid */
	CF_ERROR_OVERFLOW,  /* a number does not fit the exact decimal range */
	CF_ERROR_USAGE,     /* bad command line */
	CF_ERROR_DAMAGED,   /* a .docx whose archive or XML cannot be read */
} CfErrorCode;

/* Exit status of the crossfoot process. */
typedef enum {
	CF_EXIT_CLEAN = 0,    /* nothing at or above the --fail-on level */
	CF_EXIT_FINDINGS = 1, /* findings at or above the --fail-on level */
	CF_EXIT_INPUT = 2,    /* usage error, or some input could not be (fully) read */
} CfExitStatus;

G_END_DECLS
