// libxml2's HTML parser behind the libxml2-free header CHTMLShim.h.
#include "CHTMLShim.h"
#include "../CLibXML2/CLibXML2.h"
#include "sink.h"
#include <stdio.h>

// Misnested markup makes libxml2's HTML parser rescan its stack of open elements: for an end tag
// that closes nothing ("Unexpected end tag"), for one whose element is open but may not be closed
// from here ("Opening and ending tag mismatch"), and for a misplaced <body> (HTMLparser.c 2.9.14,
// htmlParseEndTag and htmlParseStartTag). Each rescan costs the current depth, so 100,000 open
// <div>s followed by 200,000 stray </x> take 40 s for 1.3 MB. libxml2 bounds this only with its
// 256-level depth limit, which drops every later element without a word (parser.c, nodePush:
// "Excessive depth in document: 256 use XML_PARSE_HUGE option"). We lift that limit
// (XML_PARSE_HUGE) and bound the rescans instead: each such error is charged the depth at which it
// is raised, and the parse stops, with DA_PARSE_TOO_COSTLY, once the total exceeds a budget
// linear in the input's size: 64 per byte, and a stray end tag takes at least 4 bytes, so strays
// may average 256 open elements each, what libxml2's own limit allowed. Errors raised while the
// parser closes elements implicitly (each followed by that element's end, at the same input
// position) cost nothing and are not charged.
static const double rescanBudgetPerByte = 64;
static const double rescanBudgetBase = 50e6;

typedef struct {
    htmlParserCtxtPtr ctxt;
    startElementSAXFunc startElement;
    endElementSAXFunc endElement;
    charactersSAXFunc characters;
    long elements, maxElements;
    double work, budget;
    int pending, pendingDepth;
    unsigned long pendingAt;
    long strays;
    int stop, stopDepth, stopLine;
} html_guard;

static unsigned long position(htmlParserCtxtPtr c) {
    if (c->input == NULL) return 0;
    return c->input->consumed + (unsigned long)(c->input->cur - c->input->base);
}

static void stop(html_guard *g, int reason) {
    if (g->stop) return;
    g->stop = reason;
    g->stopLine = g->ctxt->input ? g->ctxt->input->line : 0;
    xmlStopParser(g->ctxt);
}

static void commit(html_guard *g) {
    if (!g->pending) return;
    g->pending = 0;
    g->work += g->pendingDepth;
    g->strays++;
    if (g->work > g->budget) {
        g->stopDepth = g->pendingDepth;
        stop(g, DA_PARSE_TOO_COSTLY);
    }
}

static void on_error(void *data, xmlErrorPtr e) {
    html_guard *g = data;
    if (e == NULL || g->stop || e->domain != XML_FROM_HTML) return;
    if (e->code != XML_ERR_TAG_NAME_MISMATCH && e->code != XML_HTML_STRUCURE_ERROR) return;
    commit(g);
    if (g->stop) return;
    g->pending = 1;
    g->pendingDepth = g->ctxt->nameNr;
    g->pendingAt = position(g->ctxt);
}

static void on_start(void *ctx, const xmlChar *name, const xmlChar **atts) {
    html_guard *g = ((htmlParserCtxtPtr)ctx)->_private;
    commit(g);
    // Bounds memory: libxml2's own tree is never built past the cap.
    if (++g->elements > g->maxElements) stop(g, DA_PARSE_TOO_MANY_EVENTS);
    if (g->stop) return;
    g->startElement(ctx, name, atts);
}

static void on_end(void *ctx, const xmlChar *name) {
    html_guard *g = ((htmlParserCtxtPtr)ctx)->_private;
    if (g->pending && g->pendingAt == position(g->ctxt)) g->pending = 0; else commit(g);
    g->endElement(ctx, name);
}

static void on_characters(void *ctx, const xmlChar *ch, int len) {
    html_guard *g = ((htmlParserCtxtPtr)ctx)->_private;
    commit(g);
    g->characters(ctx, ch, len);
}

static void put_start(da_sink *s, xmlNodePtr n) {
    da_put(s, "S", 1);
    da_put_str(s, (const char *)n->name);
    int count = 0;
    for (xmlAttrPtr a = n->properties; a; a = a->next) count++;
    char num[16];
    snprintf(num, sizeof num, "%d", count);
    da_put_str(s, num);
    for (xmlAttrPtr a = n->properties; a; a = a->next) {
        da_put_str(s, (const char *)a->name);
        xmlChar *v = xmlNodeListGetString(n->doc, a->children, 1);
        da_put_str(s, (const char *)v);
        if (v) xmlFree(v);
    }
}

static void put_end(da_sink *s, xmlNodePtr n) {
    da_put(s, "E", 1);
    da_put_str(s, (const char *)n->name);
}

/// Flattens the tree from `root` (and its siblings) in document order. Iterative, through the
/// nodes' parent links, so any depth libxml2 built is walked without growing the C stack.
/// Returns the number of events, or -1 past `maxEvents`.
static long walk(da_sink *s, xmlNodePtr root, long maxEvents) {
    long events = 0;
    xmlNodePtr n = root;
    while (n != NULL && !s->failed) {
        if (++events > maxEvents) return -1;
        if (n->type == XML_ELEMENT_NODE) {
            put_start(s, n);
            if (n->children != NULL) { n = n->children; continue; }
            put_end(s, n);
        } else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            da_put(s, "T", 1);
            da_put_str(s, (const char *)n->content);
        }
        while (n != NULL && n->next == NULL) {
            n = n->parent;
            if (n == NULL || n->type != XML_ELEMENT_NODE) return events;
            put_end(s, n);
        }
        if (n != NULL) n = n->next;
    }
    return events;
}

char *da_html_events(const char *bytes, int32_t len, int32_t maxEvents, int32_t *outlen, da_parse_report *report) {
    memset(report, 0, sizeof *report);
    long cap = maxEvents > 0 ? maxEvents : 1000000;
    xmlInitParser();  // as htmlReadMemory does
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(bytes, len);
    if (ctxt == NULL) { report->status = DA_PARSE_NO_DOCUMENT; return NULL; }
    // The bytes are UTF-8 whatever a <meta charset> says (as htmlReadMemory(…, "UTF-8", …) does).
    xmlCharEncodingHandlerPtr utf8 = xmlFindCharEncodingHandler("UTF-8");
    if (utf8 != NULL) {
        xmlSwitchToEncoding(ctxt, utf8);
        if (ctxt->input->encoding != NULL) xmlFree((xmlChar *)ctxt->input->encoding);
        ctxt->input->encoding = xmlStrdup(BAD_CAST "UTF-8");
    }
    htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | XML_PARSE_HUGE);

    html_guard g = {0};
    g.ctxt = ctxt;
    g.maxElements = cap;
    g.budget = rescanBudgetBase + rescanBudgetPerByte * (double)len;
    g.startElement = ctxt->sax->startElement;
    g.endElement = ctxt->sax->endElement;
    g.characters = ctxt->sax->characters;
    ctxt->_private = &g;
    ctxt->sax->startElement = on_start;
    ctxt->sax->endElement = on_end;
    ctxt->sax->characters = on_characters;
    // Errors reach a structured handler even with HTML_PARSE_NOERROR; it is per thread.
    xmlStructuredErrorFunc oldHandler = xmlStructuredError;
    void *oldContext = xmlStructuredErrorContext;
    xmlSetStructuredErrorFunc(&g, on_error);
    htmlParseDocument(ctxt);
    xmlSetStructuredErrorFunc(oldContext, oldHandler);

    htmlDocPtr doc = ctxt->myDoc;
    ctxt->myDoc = NULL;
    htmlFreeParserCtxt(ctxt);
    if (g.stop) {
        report->status = g.stop;
        report->line = g.stopLine;
        report->depth = g.stopDepth;
        report->count = g.stop == DA_PARSE_TOO_COSTLY ? g.strays : g.elements;
        if (doc) xmlFreeDoc(doc);
        return NULL;
    }
    if (doc == NULL) { report->status = DA_PARSE_NO_DOCUMENT; return NULL; }
    da_sink s = {0};
    long events = walk(&s, xmlDocGetRootElement(doc), cap);
    xmlFreeDoc(doc);
    if (events < 0) {
        free(s.buf);
        report->status = DA_PARSE_TOO_MANY_EVENTS;
        report->count = cap + 1;
        return NULL;
    }
    if (s.failed || s.len > INT32_MAX) { free(s.buf); report->status = DA_PARSE_NO_MEMORY; return NULL; }
    if (!s.buf) { s.buf = malloc(1); if (!s.buf) { report->status = DA_PARSE_NO_MEMORY; return NULL; } }
    *outlen = (int32_t)s.len;
    return s.buf;
}

void da_html_free(char *events) { free(events); }

int32_t da_html_entity(const char *name) {
    if (name == NULL) return -1;
    const htmlEntityDesc *entity = htmlEntityLookup((const xmlChar *)name);
    return entity == NULL ? -1 : (int32_t)entity->value;
}
