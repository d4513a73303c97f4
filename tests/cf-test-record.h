/* cf-test-record.h — assertions on the packed records' claims, shared by the tests of the
 * stages that write and read them (crossdoc, history).  Header-only. */
#pragma once

#include <glib.h>

#include "model/cf-record.h"

/* @x and @y state their number alike (unit exponent, qualifier) at the same place (line,
 * column, length; table, row, column). */
static G_GNUC_UNUSED void
cf_test_assert_same_claim_place(const CfRecordClaim *x, const CfRecordClaim *y)
{
	g_assert_cmpint(x->unit_exponent, ==, y->unit_exponent);
	g_assert_cmpint(x->qualifier, ==, y->qualifier);
	g_assert_cmpuint(x->line, ==, y->line);
	g_assert_cmpuint(x->column, ==, y->column);
	g_assert_cmpuint(x->length, ==, y->length);
	g_assert_cmpint(x->table, ==, y->table);
	g_assert_cmpint(x->row, ==, y->row);
	g_assert_cmpint(x->cell_column, ==, y->cell_column);
}
