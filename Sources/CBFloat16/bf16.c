// bfloat16 matrix products: see include/CBFloat16.h.
#include "CBFloat16.h"
#include <stdlib.h>
#include <string.h>

/// Nearest bfloat16 of f as its 16 bits: ties to even; a subnormal becomes a signed zero, as the
/// AVX512-BF16 conversion treats it (denormals are zero); a NaN stays a quiet NaN.
static inline uint16_t to_bf16(float f) {
    uint32_t u;
    memcpy(&u, &f, 4);
    if ((u & 0x7f800000u) == 0) return (uint16_t)((u >> 16) & 0x8000u);
    if ((u & 0x7fffffffu) > 0x7f800000u) return (uint16_t)((u >> 16) | 0x40u);
    return (uint16_t)((u + 0x7fffu + ((u >> 16) & 1u)) >> 16);
}

void da_bf16_round(const float *src, float *dst, size_t count) {
    for (size_t i = 0; i < count; i++) {
        uint32_t u = (uint32_t)to_bf16(src[i]) << 16;
        memcpy(&dst[i], &u, 4);
    }
}

size_t da_bf16_packed_count(int k, int n) {
    if (k <= 0 || n <= 0) return 0;
    return (size_t)n * (size_t)((k + 1) / 2);
}

static void pack_portable(const float *b, int k, int n, int ldb, uint32_t *out) {
    const int k2 = (k + 1) / 2;
    for (int p = 0; p < n / 16; p++) {
        for (int i = 0; i < k2; i++) {
            uint32_t *dst = out + ((size_t)p * k2 + i) * 16;
            const float *lo = b + (size_t)(2 * i) * ldb + p * 16;
            const float *hi = 2 * i + 1 < k ? lo + ldb : NULL;
            for (int j = 0; j < 16; j++) {
                dst[j] = (uint32_t)to_bf16(lo[j]) | ((uint32_t)(hi ? to_bf16(hi[j]) : 0) << 16);
            }
        }
    }
}

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <cpuid.h>
#include <immintrin.h>

static int detect(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & (1u << 27))) return 0;  // OSXSAVE
    unsigned lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    if ((lo & 0xe6u) != 0xe6u) return 0;  // the OS saves SSE, AVX and all AVX-512 state
    if (__get_cpuid_max(0, NULL) < 7) return 0;
    __cpuid_count(7, 0, a, b, c, d);
    if (!(b & (1u << 16))) return 0;  // AVX-512F
    __cpuid_count(7, 1, a, b, c, d);
    return (a & (1u << 5)) != 0;  // AVX512_BF16
}

int da_bf16_kernel_available(void) {
    static int answer = -1;  // every thread that finds -1 computes the same value
    int v = __atomic_load_n(&answer, __ATOMIC_RELAXED);
    if (v < 0) {
        v = detect();
        __atomic_store_n(&answer, v, __ATOMIC_RELAXED);
    }
    return v;
}

#define KERNEL __attribute__((target("avx512f,avx512bf16")))
enum { MR = 6, NR_PANELS = 4, ROW_BLOCK = 48 };

/// `pack_portable` with VCVTNEPS2BF16: the same rounding (nearest, ties to even, denormals as
/// zero), sixteen columns a step; a test checks both paths give the same products.
KERNEL static void pack_avx512(const float *b, int k, int n, int ldb, uint32_t *out) {
    const int k2 = (k + 1) / 2;
    for (int p = 0; p < n / 16; p++) {
        for (int i = 0; i < k2; i++) {
            const float *lo = b + (size_t)(2 * i) * ldb + p * 16;
            __m512 vlo = _mm512_loadu_ps(lo);
            __m512 vhi = 2 * i + 1 < k ? _mm512_loadu_ps(lo + ldb) : _mm512_setzero_ps();
            __m512i wlo = _mm512_cvtepu16_epi32((__m256i)_mm512_cvtneps_pbh(vlo));
            __m512i whi = _mm512_slli_epi32(_mm512_cvtepu16_epi32((__m256i)_mm512_cvtneps_pbh(vhi)), 16);
            _mm512_storeu_si512((void *)(out + ((size_t)p * k2 + i) * 16), _mm512_or_si512(wlo, whi));
        }
    }
}

void da_bf16_pack(const float *b, int k, int n, int ldb, uint32_t *out) {
    if (da_bf16_kernel_available()) pack_avx512(b, k, n, ldb, out);
    else pack_portable(b, k, n, ldb, out);
}

/// Rows of A as bfloat16 pairs: row r of `out` holds k2 words.
KERNEL static void convert_rows(const float *a, int rows, int k, int lda, uint32_t *out, int k2) {
    for (int r = 0; r < rows; r++) {
        const float *src = a + (size_t)r * lda;
        uint16_t *dst = (uint16_t *)(out + (size_t)r * k2);
        int c = 0;
        for (; c + 32 <= k; c += 32) {
            __m512bh v = _mm512_cvtne2ps_pbh(_mm512_loadu_ps(src + c + 16), _mm512_loadu_ps(src + c));
            _mm512_storeu_si512((void *)(dst + c), (__m512i)v);
        }
        for (; c < k; c++) dst[c] = to_bf16(src[c]);
        if (k & 1) dst[k] = 0;
    }
}

KERNEL static inline void store_row(float *c, __m512 v, float beta) {
    if (beta != 0) v = _mm512_add_ps(v, _mm512_loadu_ps(c));
    _mm512_storeu_ps(c, v);
}

/// MR rows × 64 columns: 24 accumulators, four packed B words and one broadcast A pair a step.
KERNEL static void tile_full(const uint32_t *a, int k2, const uint32_t *b, float beta, float *c, int ldc) {
    __m512 acc[MR][NR_PANELS];
    for (int i = 0; i < MR; i++)
        for (int j = 0; j < NR_PANELS; j++) acc[i][j] = _mm512_setzero_ps();
    const size_t stride = (size_t)k2 * 16;
    for (int kk = 0; kk < k2; kk++) {
        const uint32_t *bk = b + (size_t)kk * 16;
        __m512bh b0 = (__m512bh)_mm512_loadu_si512((const void *)bk);
        __m512bh b1 = (__m512bh)_mm512_loadu_si512((const void *)(bk + stride));
        __m512bh b2 = (__m512bh)_mm512_loadu_si512((const void *)(bk + 2 * stride));
        __m512bh b3 = (__m512bh)_mm512_loadu_si512((const void *)(bk + 3 * stride));
        for (int i = 0; i < MR; i++) {
            __m512bh av = (__m512bh)_mm512_set1_epi32((int)a[(size_t)i * k2 + kk]);
            acc[i][0] = _mm512_dpbf16_ps(acc[i][0], av, b0);
            acc[i][1] = _mm512_dpbf16_ps(acc[i][1], av, b1);
            acc[i][2] = _mm512_dpbf16_ps(acc[i][2], av, b2);
            acc[i][3] = _mm512_dpbf16_ps(acc[i][3], av, b3);
        }
    }
    for (int i = 0; i < MR; i++)
        for (int j = 0; j < NR_PANELS; j++) store_row(c + (size_t)i * ldc + j * 16, acc[i][j], beta);
}

/// The edges: fewer than MR rows or fewer than four panels.
KERNEL static void tile_edge(const uint32_t *a, int rows, int k2, const uint32_t *b, int panels, float beta,
                             float *c, int ldc) {
    const size_t stride = (size_t)k2 * 16;
    for (int i = 0; i < rows; i++) {
        for (int j = 0; j < panels; j++) {
            __m512 acc = _mm512_setzero_ps();
            const uint32_t *bj = b + j * stride;
            for (int kk = 0; kk < k2; kk++) {
                __m512bh av = (__m512bh)_mm512_set1_epi32((int)a[(size_t)i * k2 + kk]);
                acc = _mm512_dpbf16_ps(acc, av, (__m512bh)_mm512_loadu_si512((const void *)(bj + (size_t)kk * 16)));
            }
            store_row(c + (size_t)i * ldc + j * 16, acc, beta);
        }
    }
}

int da_bf16_gemm(int m, int n, int k, const float *a, int lda, const uint32_t *packed, float beta, float *c,
                 int ldc) {
    if (m <= 0 || n <= 0) return 0;
    if (!da_bf16_kernel_available() || n % 16 != 0 || (beta != 0 && beta != 1)) return -1;
    const int k2 = (k + 1) / 2, panels = n / 16;
    uint32_t *rows = malloc(sizeof(uint32_t) * (size_t)ROW_BLOCK * (size_t)(k2 > 0 ? k2 : 1));
    if (!rows) return -1;
    for (int r0 = 0; r0 < m; r0 += ROW_BLOCK) {
        const int block = m - r0 < ROW_BLOCK ? m - r0 : ROW_BLOCK;
        convert_rows(a + (size_t)r0 * lda, block, k, lda, rows, k2);
        for (int p = 0; p < panels; p += NR_PANELS) {
            const int np = panels - p < NR_PANELS ? panels - p : NR_PANELS;
            const uint32_t *b = packed + (size_t)p * k2 * 16;
            for (int r = 0; r < block; r += MR) {
                const int nr = block - r < MR ? block - r : MR;
                float *cc = c + (size_t)(r0 + r) * ldc + p * 16;
                if (nr == MR && np == NR_PANELS) tile_full(rows + (size_t)r * k2, k2, b, beta, cc, ldc);
                else tile_edge(rows + (size_t)r * k2, nr, k2, b, np, beta, cc, ldc);
            }
        }
    }
    free(rows);
    return 0;
}

#else

int da_bf16_kernel_available(void) { return 0; }

void da_bf16_pack(const float *b, int k, int n, int ldb, uint32_t *out) { pack_portable(b, k, n, ldb, out); }

int da_bf16_gemm(int m, int n, int k, const float *a, int lda, const uint32_t *packed, float beta, float *c,
                 int ldc) {
    (void)m; (void)n; (void)k; (void)a; (void)lda; (void)packed; (void)beta; (void)c; (void)ldc;
    return -1;
}

#endif
