// A small, ICU-free C interface to the system ICU (Debian libicu-dev).
//
// Why a shim: Foundation loads its own private ICU headers, so a Swift module that also sees the
// system ICU headers fails to compile ("'UErrorCode' has different definitions"), and Debian's ICU
// exports version-suffixed symbols (ubrk_open_72). This header exposes only plain C types; ICU is
// included in the .c file alone. Strings are UTF-16 code units; offsets are UTF-16 offsets.
#ifndef CICUSHIM_H
#define CICUSHIM_H

#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Opaque sentence break iterator for one locale ("fr_FR@ss=standard").
typedef struct da_sentence_breaker da_sentence_breaker;

/// Opens a sentence break iterator. On failure returns NULL and writes ICU's error name to `err`.
da_sentence_breaker *da_sentence_breaker_open(const char *locale, char *err, size_t errcap);
void da_sentence_breaker_close(da_sentence_breaker *b);
/// Finds sentence boundaries in `text` (UTF-16, `len` units). Writes up to `cap` boundary offsets
/// (excluding 0, including `len`) to `out` and returns how many there are, or -1 on error.
int32_t da_sentence_breaker_boundaries(da_sentence_breaker *b, const uint16_t *text, int32_t len,
                                       int32_t *out, int32_t cap);

/// Opaque ICU transliterator ("Russian-Latin/BGN", "Any-Latin; Latin-ASCII").
typedef struct da_transliterator da_transliterator;
da_transliterator *da_transliterator_open(const char *id, char *err, size_t errcap);
void da_transliterator_close(da_transliterator *t);
/// Transliterates `text` into `out` (capacity `cap` units). Returns the result's length; if it is
/// larger than `cap`, call again with a larger buffer. Returns -1 on error.
int32_t da_transliterate(da_transliterator *t, const uint16_t *text, int32_t len,
                         uint16_t *out, int32_t cap);

/// Unicode normalization: form 0 = NFC, 1 = NFKC. Same buffer protocol as da_transliterate.
int32_t da_normalize(int form, const uint16_t *text, int32_t len, uint16_t *out, int32_t cap);

/// Charset detection over raw bytes, one run of ICU's detector: writes up to `max` guesses, most
/// confident first: guess i's name (e.g. "ISO-8859-1", "windows-1251") at names + i·namewidth, its
/// language code at langs + i·langwidth (both NUL-terminated, cut to fit), its confidence 0-100 at
/// confidences[i]. Returns how many were written, or -1.
int32_t da_detect_charsets(const char *bytes, int32_t len, int32_t max, char *names, size_t namewidth,
                           char *langs, size_t langwidth, int32_t *confidences);

/// Decodes `bytes` from `charset` into UTF-16. Same buffer protocol as da_transliterate; returns
/// -1 if the charset is unknown, -2 if the input holds bytes invalid in that charset.
int32_t da_decode(const char *charset, const char *bytes, int32_t len, uint16_t *out, int32_t cap);

/// The ICU version string ("72.1").
void da_icu_version(char *out, size_t cap);

#ifdef __cplusplus
}
#endif
#endif
