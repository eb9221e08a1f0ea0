// ICU calls behind the ICU-free header CICUShim.h. See that header for the why.
#include "CICUShim.h"
#include "../CICU/CICU.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

static void copy_error(UErrorCode status, char *err, size_t errcap) {
    if (err && errcap > 0) {
        snprintf(err, errcap, "%s", u_errorName(status));
    }
}

struct da_sentence_breaker { UBreakIterator *it; };

da_sentence_breaker *da_sentence_breaker_open(const char *locale, char *err, size_t errcap) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &status);
    if (U_FAILURE(status) || it == NULL) { copy_error(status, err, errcap); return NULL; }
    da_sentence_breaker *b = malloc(sizeof *b);
    if (!b) { ubrk_close(it); return NULL; }
    b->it = it;
    return b;
}

void da_sentence_breaker_close(da_sentence_breaker *b) {
    if (!b) return;
    ubrk_close(b->it);
    free(b);
}

int32_t da_sentence_breaker_boundaries(da_sentence_breaker *b, const uint16_t *text, int32_t len,
                                       int32_t *out, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(b->it, (const UChar *)text, len, &status);
    if (U_FAILURE(status)) return -1;
    int32_t n = 0;
    int32_t pos = ubrk_first(b->it);
    // Bounded: ICU returns strictly increasing offsets ending with UBRK_DONE, at most len of them.
    while ((pos = ubrk_next(b->it)) != UBRK_DONE) {
        if (n < cap) out[n] = pos;
        n++;
        if (n > len + 1) break;
    }
    // Detach the iterator from the caller's buffer before it goes away.
    ubrk_setText(b->it, NULL, 0, &status);
    return n;
}

struct da_transliterator { UTransliterator *t; };

da_transliterator *da_transliterator_open(const char *id, char *err, size_t errcap) {
    UErrorCode status = U_ZERO_ERROR;
    UChar uid[256];
    u_uastrncpy(uid, id, 255);
    uid[255] = 0;
    UTransliterator *t = utrans_openU(uid, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status) || t == NULL) { copy_error(status, err, errcap); return NULL; }
    da_transliterator *h = malloc(sizeof *h);
    if (!h) { utrans_close(t); return NULL; }
    h->t = t;
    return h;
}

void da_transliterator_close(da_transliterator *t) {
    if (!t) return;
    utrans_close(t->t);
    free(t);
}

int32_t da_transliterate(da_transliterator *t, const uint16_t *text, int32_t len,
                         uint16_t *out, int32_t cap) {
    // utrans_transUChars works in place; the result may be longer than the input.
    if (cap < len) return len * 4 + 16;
    memcpy(out, text, (size_t)len * sizeof(uint16_t));
    int32_t textLength = len;
    int32_t limit = len;
    UErrorCode status = U_ZERO_ERROR;
    utrans_transUChars(t->t, (UChar *)out, &textLength, cap, 0, &limit, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return textLength > cap ? textLength : cap * 2;
    if (U_FAILURE(status)) return -1;
    return textLength;
}

int32_t da_normalize(int form, const uint16_t *text, int32_t len, uint16_t *out, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n = form == 1 ? unorm2_getNFKCInstance(&status) : unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return -1;
    int32_t r = unorm2_normalize(n, (const UChar *)text, len, (UChar *)out, cap, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return r;
    if (U_FAILURE(status)) return -1;
    return r;
}

int32_t da_detect_charsets(const char *bytes, int32_t len, int32_t max, char *names, size_t namewidth,
                           char *langs, size_t langwidth, int32_t *confidences) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *d = ucsdet_open(&status);
    if (U_FAILURE(status)) return -1;
    ucsdet_setText(d, bytes, len, &status);
    int32_t found = 0;
    const UCharsetMatch **all = ucsdet_detectAll(d, &found, &status);
    if (U_FAILURE(status) || all == NULL) { ucsdet_close(d); return -1; }
    int32_t n = 0;
    for (int32_t i = 0; i < found && n < max; i++) {
        UErrorCode s2 = U_ZERO_ERROR;
        const char *nm = ucsdet_getName(all[i], &s2);
        const char *l = ucsdet_getLanguage(all[i], &s2);
        int32_t conf = ucsdet_getConfidence(all[i], &s2);
        if (U_FAILURE(s2)) continue;
        snprintf(names + (size_t)n * namewidth, namewidth, "%s", nm ? nm : "");
        snprintf(langs + (size_t)n * langwidth, langwidth, "%s", l ? l : "");
        confidences[n++] = conf;
    }
    ucsdet_close(d);
    return n;
}

int32_t da_decode(const char *charset, const char *bytes, int32_t len, uint16_t *out, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *c = ucnv_open(charset, &status);
    if (U_FAILURE(status) || c == NULL) return -1;
    // Stop at the first invalid byte instead of substituting U+FFFD silently.
    ucnv_setToUCallBack(c, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    int32_t r = ucnv_toUChars(c, (UChar *)out, cap, bytes, len, &status);
    ucnv_close(c);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return r;
    if (status == U_INVALID_CHAR_FOUND || status == U_ILLEGAL_CHAR_FOUND || status == U_TRUNCATED_CHAR_FOUND) return -2;
    if (U_FAILURE(status)) return -1;
    return r;
}

void da_icu_version(char *out, size_t cap) {
    UVersionInfo v;
    u_getVersion(v);
    char buf[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(v, buf);
    snprintf(out, cap, "%s", buf);
}
