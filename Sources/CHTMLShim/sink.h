// The growing event buffer both parsers write into (see CHTMLShim.h for the record format).
#ifndef DA_SINK_H
#define DA_SINK_H

#include <stdlib.h>
#include <string.h>

typedef struct { char *buf; size_t len, cap; int failed; } da_sink;

static inline void da_put(da_sink *s, const char *p, size_t n) {
    if (s->failed) return;
    if (s->len + n + 1 > s->cap) {
        size_t cap = s->cap ? s->cap : 4096;
        while (s->len + n + 1 > cap) cap *= 2;
        char *nb = realloc(s->buf, cap);
        if (!nb) { s->failed = 1; return; }
        s->buf = nb; s->cap = cap;
    }
    memcpy(s->buf + s->len, p, n);
    s->len += n;
}

/// A field: the bytes of `p` (NULL: empty) and the NUL that ends them.
static inline void da_put_str(da_sink *s, const char *p) { da_put(s, p ? p : "", p ? strlen(p) : 0); da_put(s, "", 1); }

static inline void da_put_strn(da_sink *s, const char *p, size_t n) { da_put(s, p, n); da_put(s, "", 1); }

#endif
