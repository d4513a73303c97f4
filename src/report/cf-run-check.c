/* cf-run-check.c — `crossfoot check` over a batch: per-document work in the workers, results
 * handed over in input order to the calling thread, which spills each document's findings to
 * a temporary file and keeps a compact record; the stages across documents after the batch;
 * one ordered pass that merges and writes every finding; the summary. */
#include "report/cf-run-check.h"

#include <errno.h>
#include <string.h>

#include "extract/cf-extract.h"
#include "model/cf-error.h"
#include "model/cf-parallel.h"
#include "model/cf-record.h"
#include "model/cf-spill.h"
#include "report/cf-report-findings.h"
#if CF_RUN_CHECK_HAVE_CROSSDOC
#include "crossdoc/cf-crossdoc.h"
#endif

/* Output is written to the stream whenever this much of it is ready. */
#define WRITE_CHUNK_BYTES (256 * 1024)

/* One document's findings in the spill. */
typedef struct {
	const char *path; /* in CfRunCheckPrivate.paths */
	guint64 offset;
	gsize length;
	guint n_findings;
} SpilledDocument;

struct _CfRunCheckPrivate {
	CfSpill *spill;
	GStringChunk *paths;
	GArray *documents;     /* SpilledDocument, in input order */
	GPtrArray *strays;     /* CfFinding* of a document whose primary file is not its path
	                        * (none of today's checks makes one), merged like those across
	                        * documents */
	GArray *across;        /* SpilledFinding: the strays and the checks across documents'
	                        * findings, in the spill (after finish: in order) */
	CfRecordStrings *strings; /* the compact records' strings, each kept once */
	GError *failure;       /* the first error of the batch: spill or each_record */
	GAsyncQueue *buffers;  /* GString*: the buffers of documents' findings and of rendered
	                        * groups, emptied, to be used again (take_buffer) */
};

/* Buffers kept for use again, at most (and each at most so large): a document's findings and
 * a group's text take one each, ~100 KB with many findings, which would otherwise be
 * allocated and freed per document (large allocations, each a heap consolidation). */
#define BUFFERS_KEPT 16
#define BUFFER_KEPT_BYTES (4 * 1024 * 1024)

/* An empty buffer with room for @size bytes: one used before when there is one.  Any thread. */
static GString *
take_buffer(CfRunCheckPrivate *priv, gsize size)
{
	GString *buffer = g_async_queue_try_pop(priv->buffers);
	if (buffer == NULL)
		return g_string_sized_new(size);
	if (buffer->allocated_len <= size) {
		g_string_set_size(buffer, size);
		g_string_truncate(buffer, 0);
	}
	return buffer;
}

/* Frees @buffer or keeps it for take_buffer().  Any thread. */
static void
give_buffer(CfRunCheckPrivate *priv, GString *buffer)
{
	if (buffer->allocated_len <= BUFFER_KEPT_BYTES &&
	    g_async_queue_length(priv->buffers) < BUFFERS_KEPT) {
		g_string_truncate(buffer, 0);
		g_async_queue_push(priv->buffers, buffer);
	} else {
		g_string_free(buffer, TRUE);
	}
}

static void
buffer_free(gpointer buffer)
{
	g_string_free(buffer, TRUE);
}

/* One finding across documents in the spill, with what orders it. */
typedef struct {
	const char *file; /* primary file, in CfRunCheckPrivate.paths */
	const char *rule; /* in CfRunCheckPrivate.strings */
	guint line, column;
	guint sequence; /* in the order they were found (the strays first) */
	guint length;
	guint64 offset;
} SpilledFinding;

/* ---- findings in the spill: a plain binary form, read back by this file only ---- */

/* The writers below fill space reserved for the finding (finding_size) through a cursor and
 * return the cursor after what they wrote. */
static char *
put_u32(char *cursor, guint32 value)
{
	memcpy(cursor, &value, sizeof value);
	return cursor + sizeof value;
}

/* NULL is written as length G_MAXUINT32; a string ends with its NUL, so that it is read back
 * in place (get_finding_view) */
static char *
put_string(char *cursor, const char *text)
{
	if (text == NULL)
		return put_u32(cursor, G_MAXUINT32);
	gsize n = strlen(text);
	cursor = put_u32(cursor, (guint32)n);
	memcpy(cursor, text, n + 1);
	return cursor + n + 1;
}

static char *
put_location(char *cursor, const CfLocation *l)
{
	cursor = put_string(cursor, l->file);
	cursor = put_u32(cursor, l->line);
	cursor = put_u32(cursor, l->column);
	cursor = put_u32(cursor, l->length);
	cursor = put_string(cursor, l->source);
	/* where an excerpt was cut: its first column, and the top bit when cut at the end */
	cursor = put_u32(cursor, l->source_column | (l->source_cut_end ? 0x80000000u : 0));
	return put_string(cursor, l->note);
}

/* The bytes put_finding() writes of @f. */
static gsize
string_size(const char *text)
{
	return sizeof(guint32) + (text != NULL ? strlen(text) + 1 : 0);
}

static gsize
location_size(const CfLocation *l)
{
	return string_size(l->file) + 4 * sizeof(guint32) + string_size(l->source) +
	       string_size(l->note);
}

static gsize
finding_size(const CfFinding *f)
{
	gsize n = string_size(f->rule) + sizeof(guint32) + string_size(f->message) +
		  string_size(f->stated) + string_size(f->computed) + string_size(f->suggestion) +
		  location_size(&f->primary) + sizeof(guint32);
	for (guint i = 0; i < f->related->len; i++)
		n += location_size(&g_array_index(f->related, CfLocation, i));
	return n;
}

/* Appends @f to @out in the spill's form. */
static void
put_finding(GString *out, const CfFinding *f)
{
	gsize at = out->len, size = finding_size(f);
	g_string_set_size(out, at + size);
	char *cursor = out->str + at;
	cursor = put_string(cursor, f->rule);
	cursor = put_u32(cursor, f->severity);
	cursor = put_string(cursor, f->message);
	cursor = put_string(cursor, f->stated);
	cursor = put_string(cursor, f->computed);
	cursor = put_string(cursor, f->suggestion);
	cursor = put_location(cursor, &f->primary);
	cursor = put_u32(cursor, f->related->len);
	for (guint i = 0; i < f->related->len; i++)
		cursor = put_location(cursor, &g_array_index(f->related, CfLocation, i));
	g_assert(cursor == out->str + at + size);
}

typedef struct {
	const char *p, *end;
	gboolean bad; /* read past the end: the data is not what was written */
} Reader;

static guint32
get_u32(Reader *r)
{
	guint32 value = 0;
	if (r->bad || (gsize)(r->end - r->p) < sizeof value) {
		r->bad = TRUE;
		return 0;
	}
	memcpy(&value, r->p, sizeof value);
	r->p += sizeof value;
	return value;
}

/* The string put_string() wrote, where it is in the data read (not copied). */
static char *
get_string(Reader *r)
{
	guint32 n = get_u32(r);
	if (r->bad || n == G_MAXUINT32)
		return NULL;
	if ((gsize)(r->end - r->p) <= n || r->p[n] != '\0') {
		r->bad = TRUE;
		return NULL;
	}
	char *text = (char *)r->p;
	r->p += n + 1;
	return text;
}

static void
get_location(Reader *r, CfLocation *l)
{
	l->file = get_string(r);
	l->line = get_u32(r);
	l->column = get_u32(r);
	l->length = get_u32(r);
	l->source = get_string(r);
	guint32 cut = get_u32(r);
	l->source_column = cut & 0x7FFFFFFFu;
	l->source_cut_end = (cut & 0x80000000u) != 0;
	l->note = get_string(r);
}

/* The finding put_finding() wrote, exactly (related places are not de-duplicated again), as
 * a view: its strings are in the data read (which must outlive it), only the finding and its
 * `related` array its own (finding_view_free). */
static CfFinding *
get_finding_view(Reader *r)
{
	CfFinding *f = g_new0(CfFinding, 1);
	f->rule = get_string(r);
	f->severity = (CfSeverity)get_u32(r);
	f->message = get_string(r);
	f->stated = get_string(r);
	f->computed = get_string(r);
	f->suggestion = get_string(r);
	get_location(r, &f->primary);
	guint32 n = get_u32(r);
	f->related = g_array_sized_new(FALSE, FALSE, sizeof(CfLocation), r->bad ? 0 : MIN(n, 64));
	for (guint32 i = 0; i < n && !r->bad; i++) {
		CfLocation l = {0};
		get_location(r, &l);
		g_array_append_val(f->related, l);
	}
	if (f->rule == NULL)
		f->rule = (char *)"";
	if (f->message == NULL)
		f->message = (char *)"";
	return f;
}

static void
finding_view_free(CfFinding *view)
{
	g_array_unref(view->related);
	g_free(view);
}

/* The finding put_finding() wrote, exactly, its own (cf_finding_free). */
static CfFinding *
get_finding(Reader *r)
{
	CfFinding *view = get_finding_view(r);
	CfFinding *f = cf_finding_copy(view);
	finding_view_free(view);
	return f;
}

/* ---- the batch ---- */

/* What a worker hands over for one document. */
typedef struct {
	GString *findings; /* put_finding() of each, sorted */
	guint n_findings;
	GPtrArray *strays; /* CfFinding* whose primary file is not the document's, or NULL */
	CfRecord *record;  /* or NULL */
} DocumentResult;

static void
document_result_free(DocumentResult *result)
{
	if (result->findings != NULL)
		g_string_free(result->findings, TRUE);
	g_clear_pointer(&result->strays, g_ptr_array_unref);
	cf_record_free(result->record);
	g_free(result);
}

gboolean
cf_run_check_wants_records(const CfRunCheck *run)
{
	return run->after_batch != NULL || run->each_record != NULL || CF_RUN_CHECK_HAVE_CROSSDOC;
}

gboolean
cf_run_check_init(CfRunCheck *run, GError **error)
{
	g_autoptr(CfSpill) spill = cf_spill_new(error);
	if (spill == NULL)
		return FALSE;
	CfRunCheckPrivate *priv = g_new0(CfRunCheckPrivate, 1);
	priv->spill = g_steal_pointer(&spill);
	priv->paths = g_string_chunk_new(64 * 1024);
	priv->strings = cf_record_strings_new();
	priv->documents = g_array_new(FALSE, FALSE, sizeof(SpilledDocument));
	priv->strays = g_ptr_array_new_with_free_func((GDestroyNotify)cf_finding_free);
	priv->across = g_array_new(FALSE, FALSE, sizeof(SpilledFinding));
	priv->buffers = g_async_queue_new_full(buffer_free);
	run->priv = priv;
	run->keep_records = cf_run_check_wants_records(run);
	run->records = g_ptr_array_new_with_free_func((GDestroyNotify)cf_record_free);
	return TRUE;
}

void
cf_run_check_clear(CfRunCheck *run)
{
	CfRunCheckPrivate *priv = run->priv;
	/* the records hold pointers into the strings and the spill: they go first */
	g_clear_pointer(&run->records, g_ptr_array_unref);
	if (priv == NULL)
		return;
	g_clear_pointer(&priv->across, g_array_unref);
	g_clear_pointer(&priv->strays, g_ptr_array_unref);
	g_clear_pointer(&priv->documents, g_array_unref);
	g_string_chunk_free(priv->paths);
	cf_record_strings_free(priv->strings);
	cf_spill_free(priv->spill);
	g_clear_error(&priv->failure);
	g_async_queue_unref(priv->buffers);
	g_free(priv);
	run->priv = NULL;
}

gpointer
cf_run_check_cb(CfDocument *doc, GString *out, gpointer user_data)
{
	const CfRunCheck *run = user_data;
	g_autoptr(GPtrArray) claims = cf_extract_document(run->lexicon, doc);
	g_autoptr(GPtrArray) findings = cf_check_document(run->lexicon, doc, claims, run->options);
	/* sorted here, stably, as the whole list would be: the merge at the end keeps it */
	g_ptr_array_sort(findings, cf_finding_compare_ptr);
	DocumentResult *result = g_new0(DocumentResult, 1);
	result->findings = take_buffer(run->priv, 0);
	for (guint i = 0; i < findings->len; i++) {
		const CfFinding *f = g_ptr_array_index(findings, i);
		if (g_strcmp0(f->primary.file, doc->path) != 0) {
			if (result->strays == NULL)
				result->strays = g_ptr_array_new_with_free_func(
					(GDestroyNotify)cf_finding_free);
			g_ptr_array_add(result->strays, g_ptr_array_steal_index(findings, i--));
			continue;
		}
		put_finding(result->findings, f);
		result->n_findings++;
	}
#if CF_RUN_CHECK_HAVE_CROSSDOC
	/* what compacting it takes but for the shared strings and the spill, here in the
	 * worker, unless each_record reads the full record first */
	if (run->keep_records && run->each_record == NULL)
		result->record = cf_crossdoc_new_packed_record(doc, claims);
#endif
	if (run->keep_records && result->record == NULL)
		result->record = cf_record_new_from_document(doc, claims, NULL);
	return result;
}

static void
fail(CfRunCheck *run, GError *error)
{
	if (run->priv->failure == NULL)
		run->priv->failure = error;
	else
		g_error_free(error);
}

void
cf_run_check_prepare_record(CfRecord *record, gpointer user_data)
{
	CfRunCheck *run = user_data;
	GError *error = NULL;
#if CF_RUN_CHECK_HAVE_CROSSDOC
	if (!cf_crossdoc_compact_record(record, run->priv->strings, run->priv->spill, &error))
		fail(run, error);
#else
	(void)run;
	(void)error;
#endif
}

void
cf_run_check_collect_cb(const char *path, gpointer data, gpointer user_data)
{
	CfRunCheck *run = user_data;
	CfRunCheckPrivate *priv = run->priv;
	DocumentResult *result = data;
	GError *error = NULL;
	/* the record first: once compact, its path is kept for the batch and serves the index */
	CfRecord *record = g_steal_pointer(&result->record);
	if (record != NULL && priv->failure == NULL && run->each_record != NULL &&
	    !run->each_record(record, run->each_record_data, &error))
		fail(run, error);
	if (record != NULL && priv->failure == NULL) {
		cf_run_check_prepare_record(record, run);
		g_ptr_array_add(run->records, record);
	} else {
		g_clear_pointer(&record, cf_record_free);
	}
	SpilledDocument spilled = {
		.path = record != NULL && record->compact && strcmp(record->path, path) == 0
				? record->path
				: g_string_chunk_insert(priv->paths, path),
		.length = result->findings->len,
		.n_findings = result->n_findings,
	};
	if (priv->failure == NULL &&
	    !cf_spill_append(priv->spill, result->findings->str, result->findings->len,
			     &spilled.offset, &error))
		fail(run, error);
	if (priv->failure == NULL)
		g_array_append_val(priv->documents, spilled);
	if (result->strays != NULL)
		g_ptr_array_extend_and_steal(priv->strays, g_steal_pointer(&result->strays));
	give_buffer(priv, g_steal_pointer(&result->findings));
	document_result_free(result);
}

/* Moves @finding (a stray, or across documents) to the spill, keeping what orders it. */
static void
spill_across_cb(CfFinding *finding, gpointer user_data)
{
	CfRunCheck *run = user_data;
	CfRunCheckPrivate *priv = run->priv;
	g_autoptr(CfFinding) f = finding;
	if (priv->failure != NULL)
		return;
	g_autoptr(GString) data = g_string_new(NULL);
	put_finding(data, f);
	SpilledFinding s = {
		.file = g_string_chunk_insert_const(priv->paths, f->primary.file),
		.rule = cf_record_strings_insert(priv->strings, f->rule),
		.line = f->primary.line,
		.column = f->primary.column,
		.sequence = priv->across->len,
		.length = (guint)data->len,
	};
	GError *error = NULL;
	if (!cf_spill_append(priv->spill, data->str, data->len, &s.offset, &error)) {
		fail(run, error);
		return;
	}
	g_array_append_val(priv->across, s);
}

/* The order of cf_finding_compare but the message, then the order found. */
static gint
compare_spilled(gconstpointer a, gconstpointer b)
{
	const SpilledFinding *x = a, *y = b;
	int c = strcmp(x->file, y->file);
	if (c != 0)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->column != y->column)
		return x->column < y->column ? -1 : 1;
	c = strcmp(x->rule, y->rule);
	if (c != 0)
		return c;
	return x->sequence < y->sequence ? -1 : x->sequence > y->sequence;
}

static CfFinding *read_finding(CfRunCheckPrivate *priv, const SpilledFinding *s, GError **error);

typedef struct {
	SpilledFinding spilled;
	char *message;
} Tie;

static gint
compare_ties(gconstpointer a, gconstpointer b)
{
	const Tie *x = a, *y = b;
	int c = strcmp(x->message, y->message);
	if (c != 0)
		return c;
	return x->spilled.sequence < y->spilled.sequence ? -1 : 1;
}

/* Sorts priv->across as one stable sort of the findings would (cf_finding_compare): by what
 * the index holds, then, among findings equal in all that (seldom), by their messages, read
 * back from the spill. */
static gboolean
sort_across(CfRunCheckPrivate *priv, GError **error)
{
	GArray *across = priv->across;
	g_array_sort(across, compare_spilled);
	for (guint i = 0; i < across->len;) {
		guint j = i + 1;
		const SpilledFinding *first = &g_array_index(across, SpilledFinding, i);
		while (j < across->len &&
		       first->line == g_array_index(across, SpilledFinding, j).line &&
		       first->column == g_array_index(across, SpilledFinding, j).column &&
		       strcmp(first->file, g_array_index(across, SpilledFinding, j).file) == 0 &&
		       strcmp(first->rule, g_array_index(across, SpilledFinding, j).rule) == 0)
			j++;
		if (j - i > 1) {
			g_autofree Tie *ties = g_new0(Tie, j - i);
			gboolean ok = TRUE;
			for (guint k = i; k < j && ok; k++) {
				ties[k - i].spilled = g_array_index(across, SpilledFinding, k);
				g_autoptr(CfFinding) f =
					read_finding(priv, &ties[k - i].spilled, error);
				ok = f != NULL;
				if (ok)
					ties[k - i].message = g_strdup(f->message);
			}
			if (ok) {
				qsort(ties, j - i, sizeof(Tie), compare_ties);
				for (guint k = i; k < j; k++)
					g_array_index(across, SpilledFinding, k) =
						ties[k - i].spilled;
			}
			for (guint k = 0; k < j - i; k++)
				g_free(ties[k].message);
			if (!ok)
				return FALSE;
		}
		i = j;
	}
	return TRUE;
}

/* FALSE, with the first error of the run (spill, each_record) moved to @error, when there
 * was one. */
static gboolean
take_failure(CfRunCheckPrivate *priv, GError **error)
{
	if (priv->failure == NULL)
		return TRUE;
	g_propagate_error(error, g_steal_pointer(&priv->failure));
	return FALSE;
}

gboolean
cf_run_check_finish(CfRunCheck *run, GError **error)
{
	CfRunCheckPrivate *priv = run->priv;
	if (!take_failure(priv, error))
		return FALSE;
	if (run->after_batch != NULL && !run->after_batch(run, run->after_batch_data, error))
		return FALSE;
	if (!take_failure(priv, error))
		return FALSE;
	/* the strays first: of equal findings, a document's come before those across documents */
	for (guint i = 0; i < priv->strays->len; i++)
		spill_across_cb(g_steal_pointer(&priv->strays->pdata[i]), run);
	g_ptr_array_set_size(priv->strays, 0);
#if CF_RUN_CHECK_HAVE_CROSSDOC
	if (run->keep_records)
		cf_crossdoc_check_jobs(run->records, run->options, FALSE, spill_across_cb, run,
				       cf_run_resolve_jobs(run->jobs));
#endif
	return take_failure(priv, error) && sort_across(priv, error);
}

/* ---- the ordered pass ----
 *
 * The findings are written one group at a time: a path's (its document's, then those across
 * documents in it), or one finding across documents in a file that is no document's.  Each
 * group is read back from the spill, completed with its source lines, put in order and
 * rendered by itself (in the workers when there are several threads: the spill is only read
 * now); the calling thread writes the groups in order and adds them to the tally. */

/* One group of findings: which, then (the worker's part) what it renders to. */
typedef struct {
	guint d, d_end; /* the documents of its path, in the sorted documents */
	guint a, a_end; /* the findings across documents in it, in priv->across */
	GString *text;  /* rendered; in JSON, as if some finding came before it (",\n{…}") */
	guint n_findings;
	guint per_severity[CF_SEVERITY_ERROR + 1];
	const char *file; /* the path all its findings are in (in priv->paths) */
	GError *error;    /* the spill could not be read */
} Group;

typedef struct {
	CfRunCheckPrivate *priv;
	CfRunCheckFormat format;
	const CfReportStyle *style;
	const GArray *documents; /* SpilledDocument, sorted by path */
	GHashTable *records;     /* path → CfRecord*: where the findings across documents'
	                          * source lines are (they are only read when written) */
} GroupContext;

static CfFinding *read_finding(CfRunCheckPrivate *priv, const SpilledFinding *s, GError **error);

/* Reads the finding across documents @s back, with its source lines, into @findings. */
static gboolean
read_across(const GroupContext *ctx, const SpilledFinding *s, GPtrArray *findings,
	    GError **error)
{
	CfFinding *f = read_finding(ctx->priv, s, error);
	if (f == NULL)
		return FALSE;
#if CF_RUN_CHECK_HAVE_CROSSDOC
	cf_crossdoc_fill_sources(f, ctx->records);
#else
	(void)ctx;
#endif
	g_ptr_array_add(findings, f);
	return TRUE;
}

static gint
compare_documents(gconstpointer a, gconstpointer b)
{
	return strcmp(((const SpilledDocument *)a)->path, ((const SpilledDocument *)b)->path);
}

/* The finding @s, read back from the spill. */
static CfFinding *
read_finding(CfRunCheckPrivate *priv, const SpilledFinding *s, GError **error)
{
	g_autofree char *data = cf_spill_read(priv->spill, s->offset, s->length, error);
	if (data == NULL)
		return NULL;
	Reader r = {data, data + s->length, FALSE};
	CfFinding *f = get_finding(&r);
	if (r.bad) {
		cf_finding_free(f);
		g_set_error(error, CF_ERROR, CF_ERROR_IO,
			    "cannot read a finding about '%s' back from the temporary file",
			    s->file);
		return NULL;
	}
	return f;
}

/* Appends the findings of @d, read back from the spill, to @findings as views
 * (get_finding_view) of the data read, which goes to @blocks. */
static gboolean
read_document(CfRunCheckPrivate *priv, const SpilledDocument *d, GPtrArray *findings,
	      GPtrArray *blocks, GError **error)
{
	if (d->n_findings == 0)
		return TRUE;
	char *data = cf_spill_read(priv->spill, d->offset, d->length, error);
	if (data == NULL)
		return FALSE;
	g_ptr_array_add(blocks, data);
	Reader r = {data, data + d->length, FALSE};
	for (guint i = 0; i < d->n_findings && !r.bad; i++)
		g_ptr_array_add(findings, get_finding_view(&r));
	if (r.bad) {
		g_set_error(error, CF_ERROR, CF_ERROR_IO,
			    "cannot read the findings of '%s' back from the temporary file",
			    d->path);
		return FALSE;
	}
	return TRUE;
}

/* Reads, orders and renders @group: its documents' findings, then those across documents in
 * the same path; one stable sort gives the order of a sort of them all. */
static void
group_render(const GroupContext *ctx, Group *group)
{
	CfRunCheckPrivate *priv = ctx->priv;
	/* the documents' findings are views of the data read back, those across documents
	 * (their source lines filled in) their own */
	g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) views =
		g_ptr_array_new_with_free_func((GDestroyNotify)finding_view_free);
	g_autoptr(GPtrArray) owned =
		g_ptr_array_new_with_free_func((GDestroyNotify)cf_finding_free);
	for (guint d = group->d; d < group->d_end; d++)
		if (!read_document(priv, &g_array_index(ctx->documents, SpilledDocument, d), views,
				   blocks, &group->error))
			return;
	for (guint a = group->a; a < group->a_end; a++)
		if (!read_across(ctx, &g_array_index(priv->across, SpilledFinding, a), owned,
				 &group->error))
			return;
	GPtrArray *findings = views;
	g_autoptr(GPtrArray) all = NULL;
	if (owned->len > 0) {
		all = g_ptr_array_sized_new(views->len + owned->len);
		g_ptr_array_extend(all, views, NULL, NULL);
		g_ptr_array_extend(all, owned, NULL, NULL);
		g_ptr_array_sort(all, cf_finding_compare_ptr);
		findings = all;
	}
	group->text = take_buffer(priv, 0);
	if (ctx->format == CF_RUN_CHECK_TEXT)
		cf_report_findings_text(findings, ctx->style, group->text);
	if (ctx->format == CF_RUN_CHECK_JSON)
		cf_report_findings_json_add_all(findings, 1, group->text);
	for (guint i = 0; i < findings->len; i++) {
		const CfFinding *f = g_ptr_array_index(findings, i);
		group->n_findings++;
		group->per_severity[f->severity]++;
	}
}

typedef struct {
	CfRunCheckFormat format;
	FILE *out;
	CfRunCheckTally *tally;
	GString *buffer;
	GError *error;
	CfRunCheckPrivate *priv; /* where the groups' texts go back to (give_buffer) */
} Writer;

static void
writer_write(Writer *w, const char *data, gsize length)
{
	if (w->error == NULL && length > 0 && fwrite(data, 1, length, w->out) != length) {
		int saved = errno;
		g_set_error(&w->error, CF_ERROR, CF_ERROR_IO, "cannot write the findings: %s",
			    g_strerror(saved));
	}
}

static void
writer_flush(Writer *w)
{
	writer_write(w, w->buffer->str, w->buffer->len);
	g_string_truncate(w->buffer, 0);
}

/* A group's text this long is written as it is rather than copied to the buffer first. */
#define WRITE_DIRECT_BYTES (WRITE_CHUNK_BYTES / 4)

/* Writes @group (rendered) after those written so far and adds it to the tally; takes over
 * its text. */
static void
writer_add(Writer *w, Group *group)
{
	GString *text = g_steal_pointer(&group->text);
	/* the first finding of all is written without the comma before it */
	gsize skip = w->format == CF_RUN_CHECK_JSON && w->tally->n_findings == 0 && text->len > 0;
	if (text->len - skip >= WRITE_DIRECT_BYTES) {
		writer_flush(w);
		writer_write(w, text->str + skip, text->len - skip);
	} else {
		g_string_append_len(w->buffer, text->str + skip, (gssize)(text->len - skip));
	}
	give_buffer(w->priv, text);
	CfRunCheckTally *tally = w->tally;
	tally->n_findings += group->n_findings;
	for (guint k = 0; k < G_N_ELEMENTS(group->per_severity); k++)
		tally->per_severity[k] += group->per_severity[k];
	guint errors = group->per_severity[CF_SEVERITY_ERROR];
	if (errors > 0) {
		gpointer key, value;
		guint before = g_hash_table_lookup_extended(tally->errors, group->file, &key, &value)
				       ? GPOINTER_TO_UINT(value)
				       : 0;
		g_hash_table_insert(tally->errors, g_strdup(group->file),
				    GUINT_TO_POINTER(before + errors));
	}
	if (w->buffer->len >= WRITE_CHUNK_BYTES)
		writer_flush(w);
}

/* Groups in flight per thread of the ordered pass. */
#define WRITE_GROUPS_PER_JOB 16

/* The groups in output order: a path's documents and the findings across documents in it, or
 * one finding across documents in a file before the next document's. */
static GArray *
make_groups(const GArray *documents, const GArray *across)
{
	GArray *groups = g_array_new(FALSE, TRUE, sizeof(Group));
	guint d = 0, a = 0;
	while (d < documents->len || a < across->len) {
		const SpilledDocument *next =
			d < documents->len ? &g_array_index(documents, SpilledDocument, d) : NULL;
		const SpilledFinding *other =
			a < across->len ? &g_array_index(across, SpilledFinding, a) : NULL;
		Group group = {.d = d, .d_end = d, .a = a, .a_end = a};
		if (next == NULL || (other && strcmp(other->file, next->path) < 0)) {
			group.a_end = ++a;
		} else {
			/* the documents of this path (one, as paths are unique), then the findings
			 * across documents in it */
			const char *path = next->path;
			while (d < documents->len &&
			       strcmp(g_array_index(documents, SpilledDocument, d).path, path) == 0)
				d++;
			while (a < across->len &&
			       strcmp(g_array_index(across, SpilledFinding, a).file, path) == 0)
				a++;
			group.d_end = d;
			group.a_end = a;
		}
		group.file = group.d < group.d_end
				     ? g_array_index(documents, SpilledDocument, group.d).path
				     : g_array_index(across, SpilledFinding, group.a).file;
		g_array_append_val(groups, group);
	}
	return groups;
}

typedef struct {
	const GroupContext *ctx;
	Writer *w;
	Group *groups;
	GError *read_error; /* the first group whose spill could not be read */
} WriteRun;

static gpointer
group_work_cb(guint index, gpointer data)
{
	WriteRun *run = data;
	group_render(run->ctx, &run->groups[index]);
	return NULL;
}

/* Writes the groups in order; after an error, what is still in flight is dropped. */
static gboolean
group_take_cb(guint index, gpointer result, gpointer data)
{
	(void)result;
	WriteRun *run = data;
	Group *group = &run->groups[index];
	if (run->read_error == NULL && group->error != NULL)
		run->read_error = g_steal_pointer(&group->error);
	if (run->read_error == NULL && run->w->error == NULL) {
		writer_add(run->w, group);
		return TRUE;
	}
	if (group->text != NULL)
		g_string_free(g_steal_pointer(&group->text), TRUE);
	g_clear_error(&group->error);
	return FALSE;
}

gboolean
cf_run_check_write(CfRunCheck *run, CfRunCheckFormat format, const CfReportStyle *style, FILE *out,
		   CfRunCheckTally *tally, GError **error)
{
	CfRunCheckPrivate *priv = run->priv;
	g_autoptr(GString) buffer = g_string_sized_new(WRITE_CHUNK_BYTES + 4096);
	g_autoptr(GHashTable) records = g_hash_table_new(g_str_hash, g_str_equal);
	for (guint i = 0; i < run->records->len; i++) {
		CfRecord *r = g_ptr_array_index(run->records, i);
		g_hash_table_insert(records, r->path, r);
	}
	/* input order is path order today (cf_ingest_expand_paths sorts); sorted again, stably,
	 * so the merge below never depends on it */
	g_autoptr(GArray) documents = g_array_copy(priv->documents);
	g_array_sort(documents, compare_documents);
	GroupContext ctx = {priv, format, style, documents, records};
	Writer w = {format, out, tally, buffer, NULL, priv};
	/* the workers only read the spill: what it holds is written to its file first */
	if (!cf_spill_flush(priv->spill, error))
		return FALSE;
	g_autoptr(GArray) groups = make_groups(documents, priv->across);
	WriteRun write = {&ctx, &w, (Group *)(void *)groups->data, NULL};
	guint jobs = cf_run_resolve_jobs(run->jobs);
	CfParallel parallel = {
		.jobs = jobs,
		.window = jobs * WRITE_GROUPS_PER_JOB,
		.work = group_work_cb,
		.take = group_take_cb,
		.data = &write,
	};

	if (format == CF_RUN_CHECK_JSON)
		cf_report_findings_json_open(buffer);
	cf_parallel_run(&parallel, groups->len);
	if (write.read_error != NULL) {
		g_clear_error(&w.error);
		g_propagate_error(error, write.read_error);
		return FALSE;
	}
	if (format == CF_RUN_CHECK_JSON)
		cf_report_findings_json_close(tally->n_findings, buffer);
	writer_flush(&w);
	if (w.error == NULL && (fflush(out) != 0 || ferror(out))) {
		int saved = errno;
		g_set_error(&w.error, CF_ERROR, CF_ERROR_IO, "cannot write the findings: %s",
			    g_strerror(saved));
	}
	if (w.error != NULL) {
		g_propagate_error(error, w.error);
		return FALSE;
	}
	return TRUE;
}

/* ---- the summary ---- */

void
cf_run_check_tally_init(CfRunCheckTally *tally)
{
	memset(tally, 0, sizeof *tally);
	tally->errors = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
}

void
cf_run_check_tally_add(CfRunCheckTally *tally, const CfFinding *finding)
{
	tally->n_findings++;
	tally->per_severity[finding->severity]++;
	if (finding->severity != CF_SEVERITY_ERROR)
		return;
	gpointer key, value;
	if (g_hash_table_lookup_extended(tally->errors, finding->primary.file, &key, &value))
		g_hash_table_insert(tally->errors, g_strdup(key),
				    GUINT_TO_POINTER(GPOINTER_TO_UINT(value) + 1));
	else
		g_hash_table_insert(tally->errors, g_strdup(finding->primary.file),
				    GUINT_TO_POINTER(1));
}

void
cf_run_check_tally_clear(CfRunCheckTally *tally)
{
	g_clear_pointer(&tally->errors, g_hash_table_unref);
}

typedef struct {
	const char *path;
	guint errors;
} DocumentErrors;

static gint
compare_most_errors(gconstpointer a, gconstpointer b)
{
	const DocumentErrors *x = a, *y = b;
	if (x->errors != y->errors)
		return x->errors > y->errors ? -1 : 1;
	return strcmp(x->path, y->path);
}

void
cf_run_check_summary_tally(const CfRunSummary *summary, const CfRunCheckTally *tally, GString *out)
{
	g_autoptr(GArray) most = g_array_new(FALSE, FALSE, sizeof(DocumentErrors));
	GHashTableIter iter;
	gpointer key, value;
	g_hash_table_iter_init(&iter, tally->errors);
	while (g_hash_table_iter_next(&iter, &key, &value)) {
		DocumentErrors d = {key, GPOINTER_TO_UINT(value)};
		g_array_append_val(most, d);
	}
	g_array_sort(most, compare_most_errors);

	const guint *per_severity = tally->per_severity;
	g_string_append(out, "summary\n");
	g_string_append_printf(out, "  %-18s %u\n", "documents checked", summary->n_files);
	g_string_append_printf(out, "  %-18s %u (unreadable %u, repaired %u)\n", "input errors",
			       summary->n_unreadable + summary->n_degraded, summary->n_unreadable,
			       summary->n_degraded);
	g_string_append_printf(out, "  %-18s %u (error %u, warning %u, note %u)\n", "findings",
			       tally->n_findings, per_severity[CF_SEVERITY_ERROR],
			       per_severity[CF_SEVERITY_WARNING], per_severity[CF_SEVERITY_NOTE]);
	if (most->len == 0) {
		g_string_append_printf(out, "  %-18s none\n", "most errors");
		return;
	}
	guint shown = MIN(most->len, CF_RUN_SUMMARY_TOP);
	int width = g_snprintf(NULL, 0, "%u", g_array_index(most, DocumentErrors, 0).errors);
	for (guint i = 0; i < shown; i++) {
		const DocumentErrors *d = &g_array_index(most, DocumentErrors, i);
		g_string_append_printf(out, "  %-18s %*u %s\n", i == 0 ? "most errors" : "", width,
				       d->errors, d->path);
	}
}

void
cf_run_check_summary(const CfRunSummary *summary, GPtrArray *findings, GString *out)
{
	CfRunCheckTally tally;
	cf_run_check_tally_init(&tally);
	for (guint i = 0; i < findings->len; i++)
		cf_run_check_tally_add(&tally, g_ptr_array_index(findings, i));
	cf_run_check_summary_tally(summary, &tally, out);
	cf_run_check_tally_clear(&tally);
}
