// Matrix products with bfloat16 inputs and float32 accumulation, for the USE-m encoder's
// projection and convolutions (Sources/DriftAlignEncoder/Support/BF16Matrix.swift says why).
//
// bfloat16 is the top half of an IEEE float32: 8 exponent bits, 7 stored mantissa bits. Rounding
// here is to nearest, ties to even, as Intel's VCVTNE2PS2BF16 does (Intel 64 and IA-32
// Architectures Software Developer's Manual, vol. 2, "VCVTNE2PS2BF16"); NaNs stay NaNs.
// The product of two bfloat16 numbers is exact in float32 (8 + 8 significant bits), so the
// AVX512-BF16 kernel (VDPBF16PS) and a float32 product of bfloat16-rounded inputs differ only in
// the order of the float32 sums.
#ifndef CBFLOAT16_H
#define CBFLOAT16_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// 1 when this CPU and OS run AVX-512F and AVX512-BF16 instructions (CPUID and XGETBV), else 0.
int da_bf16_kernel_available(void);

/// The number of uint32 words `da_bf16_pack` writes for a k × n matrix.
size_t da_bf16_packed_count(int k, int n);

/// Packs the row-major k × n float matrix `b` (row stride ldb) for `da_bf16_gemm`: n must be a
/// multiple of 16. Layout: for each panel of 16 columns, for each pair of rows (2i, 2i + 1), 16
/// words whose low half is b[2i][j] and high half b[2i + 1][j] as bfloat16 (a missing last row is 0).
void da_bf16_pack(const float *b, int k, int n, int ldb, uint32_t *out);

/// C = A·B + beta·C with A (m × k, row stride lda) rounded to bfloat16, B packed by `da_bf16_pack`
/// with the same k and n, sums in float32. Returns 0, or -1 (C untouched) when the kernel is not
/// available, n is not a multiple of 16, beta is neither 0 nor 1, or its row buffer cannot be
/// allocated.
int da_bf16_gemm(int m, int n, int k, const float *a, int lda, const uint32_t *packed,
                 float beta, float *c, int ldc);

/// dst[i] = src[i] rounded to the nearest bfloat16 (ties to even), kept as a float32. src and dst
/// may be the same.
void da_bf16_round(const float *src, float *dst, size_t count);

#ifdef __cplusplus
}
#endif

#endif
