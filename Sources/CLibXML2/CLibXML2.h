// System libxml2 (Debian libxml2-dev): its HTML parser. Included only by CHTMLShim's .c file.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
