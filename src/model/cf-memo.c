/* cf-memo.c — a thread's memo of small numbers by string (see cf-memo.h). */
#include "model/cf-memo.h"

#include "model/cf-hash.h"

void
cf_str_memo_free(gpointer data)
{
	CfStrMemo *memo = data;
	g_hash_table_unref(memo->values);
	g_free(memo);
}

CfStrMemo *
cf_str_memo_of_thread(GPrivate *key, guint64 generation, guint max)
{
	CfStrMemo *memo = g_private_get(key);
	if (memo == NULL) {
		memo = g_new(CfStrMemo, 1);
		memo->generation = generation;
		memo->values = g_hash_table_new_full(cf_hash_str, g_str_equal, g_free, NULL);
		g_private_set(key, memo);
	}
	if (memo->generation != generation) {
		g_hash_table_remove_all(memo->values);
		memo->generation = generation;
	}
	memo->max = max;
	return memo;
}

void
cf_str_memo_put(CfStrMemo *memo, const char *text, guint value)
{
	g_return_if_fail(value != 0);
	if (g_hash_table_size(memo->values) >= memo->max)
		g_hash_table_remove_all(memo->values);
	g_hash_table_insert(memo->values, g_strdup(text), GUINT_TO_POINTER(value));
}
