// A libxml2-free C interface to libxml2's forgiving HTML parser (Debian libxml2-dev).
//
// The parse result is flattened into one event buffer that Swift walks to build its own tree, so
// no libxml2 type crosses into Swift. Records follow each other; every field ends with a NUL:
//   'S' name NUL nattrs(decimal) NUL (key NUL value NUL)*   element start
//   'T' text NUL                                             text (entities decoded, UTF-8)
//   'E' name NUL                                             element end
#ifndef CHTMLSHIM_H
#define CHTMLSHIM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Parses `len` bytes of UTF-8 HTML. Returns a malloc'd event buffer (free with da_html_free) and
/// its length in `outlen`, or NULL if libxml2 produced no document. `maxEvents` bounds the work.
char *da_html_events(const char *bytes, int32_t len, int32_t maxEvents, int32_t *outlen);
void da_html_free(char *events);

#ifdef __cplusplus
}
#endif
#endif
