// libxml2's HTML parser behind the libxml2-free header CHTMLShim.h.
#include "CHTMLShim.h"
#include "../CLibXML2/CLibXML2.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

typedef struct { char *buf; size_t len, cap; int32_t events, maxEvents; int failed; } sink;

static void put(sink *s, const char *p, size_t n) {
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
static void put_str(sink *s, const char *p) { put(s, p ? p : "", p ? strlen(p) : 0); put(s, "", 1); }

static void walk(sink *s, xmlNodePtr node, int depth) {
    // Depth and event bounds keep hostile, deeply nested markup from exhausting the stack.
    for (xmlNodePtr n = node; n != NULL && !s->failed; n = n->next) {
        if (++s->events > s->maxEvents) { s->failed = 2; return; }
        if (n->type == XML_ELEMENT_NODE) {
            put(s, "S", 1);
            put_str(s, (const char *)n->name);
            int count = 0;
            for (xmlAttrPtr a = n->properties; a; a = a->next) count++;
            char num[16];
            snprintf(num, sizeof num, "%d", count);
            put_str(s, num);
            for (xmlAttrPtr a = n->properties; a; a = a->next) {
                put_str(s, (const char *)a->name);
                xmlChar *v = xmlNodeListGetString(n->doc, a->children, 1);
                put_str(s, (const char *)v);
                if (v) xmlFree(v);
            }
            if (depth < 512) walk(s, n->children, depth + 1);
            put(s, "E", 1);
            put_str(s, (const char *)n->name);
        } else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            put(s, "T", 1);
            put_str(s, (const char *)n->content);
        }
    }
}

char *da_html_events(const char *bytes, int32_t len, int32_t maxEvents, int32_t *outlen) {
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    htmlDocPtr doc = htmlReadMemory(bytes, len, NULL, "UTF-8", opts);
    if (doc == NULL) return NULL;
    sink s = {0};
    s.maxEvents = maxEvents > 0 ? maxEvents : 1000000;
    walk(&s, xmlDocGetRootElement(doc), 0);
    xmlFreeDoc(doc);
    if (s.failed == 1) { free(s.buf); return NULL; }
    if (!s.buf) { s.buf = malloc(1); if (!s.buf) return NULL; }
    *outlen = (int32_t)s.len;
    return s.buf;
}

void da_html_free(char *events) { free(events); }
