/* cf-simd.h — byte vectors of 16 and 32 bytes for the scanners that read 16 or 32 bytes a
 * step (ingest's one-pass UTF-8 path, the metadata scan).  GCC's vector extensions give the
 * arithmetic and the comparisons once for both widths; the few operations they lack (the
 * byte-sign mask, PSHUFB) are here per width.  The 32-byte ones need AVX2: call them only
 * from functions built with __attribute__((target("avx2"))) after checking the CPU. */
#pragma once

#include <glib.h>

#if defined(__SSE2__) && defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#define CF_SIMD 1

#include <immintrin.h>

/* Comparisons give all ones where they hold.  Signed bytes from 0x80 up are negative, below
 * every ASCII byte; unsigned ones compare as they are. */
typedef signed char CfBytes16 __attribute__((vector_size(16)));
typedef signed char CfBytes32 __attribute__((vector_size(32)));
typedef unsigned char CfUBytes16 __attribute__((vector_size(16)));
typedef unsigned char CfUBytes32 __attribute__((vector_size(32)));

/* One bit per byte (bit i: byte i), set where the byte's top bit is. */
static inline guint
cf_simd_movemask16(CfBytes16 v)
{
	return (guint)_mm_movemask_epi8((__m128i)v);
}

__attribute__((target("avx2"))) static inline guint
cf_simd_movemask32(CfBytes32 v)
{
	return (guint)_mm256_movemask_epi8((__m256i)v);
}

/* table[index[i]] for each byte (indices below 16; PSHUFB, lane by lane for 32 bytes: the
 * table is then the same 16 bytes twice). */
__attribute__((target("ssse3"))) static inline CfUBytes16
cf_simd_lookup16(CfUBytes16 table, CfUBytes16 index)
{
	return (CfUBytes16)_mm_shuffle_epi8((__m128i)table, (__m128i)index);
}

__attribute__((target("avx2"))) static inline CfUBytes32
cf_simd_lookup32(CfUBytes32 table, CfUBytes32 index)
{
	return (CfUBytes32)_mm256_shuffle_epi8((__m256i)table, (__m256i)index);
}

/* Whether the CPU has AVX2 (asked once; every thread finds the same). */
static inline gboolean
cf_simd_cpu_avx2(void)
{
	static int avx2 = -1;
	if (G_UNLIKELY(avx2 < 0))
		avx2 = __builtin_cpu_supports("avx2") ? 1 : 0;
	return avx2 > 0;
}
#endif
