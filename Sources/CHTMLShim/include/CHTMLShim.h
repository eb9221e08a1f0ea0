// A libxml2-free C interface to libxml2's forgiving HTML parser and its XML parser (Debian
// libxml2-dev).
//
// The parse result is flattened into one event buffer that Swift walks to build its own tree, so
// no libxml2 type crosses into Swift. Records follow each other; every field ends with a NUL:
//   'S' name NUL nattrs(decimal) NUL (key NUL value NUL)*   element start (HTML)
//   'S' name NUL nattrs NUL (key NUL value NUL)* line NUL offset NUL   element start (XML)
//   'T' text NUL                                             text (entities decoded, UTF-8)
//   'E' name NUL                                             element end
// XML `line` is the 1-based line and `offset` the Unicode-scalar offset in the input at the end
// of the start tag, where the element's content begins.
#ifndef CHTMLSHIM_H
#define CHTMLSHIM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Why a parse produced no event buffer, or produced one.
enum {
    DA_PARSE_OK = 0,
    /// libxml2 produced no document at all.
    DA_PARSE_NO_DOCUMENT = 1,
    /// More elements and text nodes than `maxEvents` (memory bound): nothing is returned, so
    /// that no caller can read a page whose tail was cut.
    DA_PARSE_TOO_MANY_EVENTS = 2,
    /// HTML only: misnested markup would make libxml2 rescan its stack of open elements for
    /// longer than the input's size allows (see shim.c).
    DA_PARSE_TOO_COSTLY = 3,
    /// Out of memory while flattening.
    DA_PARSE_NO_MEMORY = 4,
    /// XML only: not well-formed; `code`, `line`, `column` and `message` say where and why.
    DA_PARSE_NOT_WELL_FORMED = 5,
};

/// What a parse found, besides its events.
typedef struct {
    int32_t status;
    /// libxml2's error code (xmlParserErrors) for DA_PARSE_NOT_WELL_FORMED.
    int32_t code;
    int32_t line;
    int32_t column;
    /// The depth of open elements when the parse stopped (DA_PARSE_TOO_COSTLY).
    int32_t depth;
    /// Elements and text nodes seen when the parse stopped (DA_PARSE_TOO_MANY_EVENTS), or the
    /// number of end tags that closed nothing (DA_PARSE_TOO_COSTLY).
    int64_t count;
    /// libxml2's own message, NUL-terminated (may be empty).
    char message[256];
} da_parse_report;

/// Parses `len` bytes of UTF-8 HTML. Returns a malloc'd event buffer (free with da_html_free) and
/// its length in `outlen`, or NULL with the reason in `report`. `maxEvents` bounds the work.
char *da_html_events(const char *bytes, int32_t len, int32_t maxEvents, int32_t *outlen, da_parse_report *report);

/// Parses `len` bytes of UTF-8 XML without loading any DTD or external entity and without
/// network access. Returns the event buffer, or NULL with the reason in `report`. `maxElements`
/// bounds the work.
char *da_xml_events(const char *bytes, int32_t len, int32_t maxElements, int32_t *outlen, da_parse_report *report);

void da_html_free(char *events);

/// The code point of the HTML 4 named character reference `name` ("Eacute", "bull"; without "&"
/// and ";", case-sensitive), from libxml2's own table, the one the HTML parser decodes with; -1
/// when libxml2 knows no such name.
int32_t da_html_entity(const char *name);

#ifdef __cplusplus
}
#endif
#endif
