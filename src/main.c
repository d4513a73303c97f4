/* main.c — options, subcommand and format dispatch, exit codes; nothing else. */
#include <stdio.h>

#include "cf-config.h"
#include "model/cf-error.h"

int
main(int argc, char **argv)
{
	if (argc > 1 && g_strcmp0(argv[1], "--version") == 0) {
		printf("crossfoot %s\n", CF_VERSION);
		return CF_EXIT_CLEAN;
	}
	fprintf(stderr, "crossfoot: not implemented yet\n");
	return CF_EXIT_INPUT;
}
