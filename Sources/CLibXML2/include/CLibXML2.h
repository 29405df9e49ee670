/// A plain-C shim over libxml2's HTML parser. Swift imports this header only; it carries no
/// libxml2 types: a parsed page is an opaque document whose nodes are opaque handles read through
/// the functions below. Every function is prefixed `clibxml2_`. Status values are int32_t: zero
/// is success, a positive value a failure (CLIBXML2_* below). Text crosses as NUL-terminated
/// UTF-8 owned by the document: valid until the document is freed.
#ifndef CLIBXML2_H
#define CLIBXML2_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The parser could not make a document of the input (out of memory, or nothing to parse).
#define CLIBXML2_PARSE_FAILED 1

/// A parsed HTML page. Not thread-safe: read one document from one thread at a time.
typedef struct clibxml2_document clibxml2_document;

/// A node of a document (element, text, comment …), valid while its document lives.
typedef struct clibxml2_node clibxml2_node;

/// An attribute of an element, valid while its document lives.
typedef struct clibxml2_attribute clibxml2_attribute;

/// The kinds of node the shim tells apart (libxml2's xmlElementType values).
typedef enum {
  CLIBXML2_OTHER = 0,
  CLIBXML2_ELEMENT = 1,
  CLIBXML2_TEXT = 3,
  CLIBXML2_CDATA = 4,
  CLIBXML2_COMMENT = 8,
} clibxml2_node_kind;

/// Parses `length` bytes of UTF-8 HTML with libxml2's HTML parser: never touching the network,
/// loading no external entity or DTD, ignoring the page's own charset declaration (the bytes are
/// UTF-8 already), recovering from errors as browsers do, and reporting none on stderr. libxml2
/// stops nesting elements 256 deep; the caller checks the depth. Returns NULL and sets `*status`
/// when no document could be made.
clibxml2_document *clibxml2_parse_html(const char *bytes, int32_t length, int32_t *status);

/// Frees a document and all its nodes (NULL is allowed).
void clibxml2_document_free(clibxml2_document *document);

/// The document's root element (`<html>`), or NULL.
const clibxml2_node *clibxml2_document_root(const clibxml2_document *document);

/// The first child of `node`, or NULL.
const clibxml2_node *clibxml2_node_first_child(const clibxml2_node *node);

/// The next sibling of `node`, or NULL.
const clibxml2_node *clibxml2_node_next_sibling(const clibxml2_node *node);

/// The kind of `node`.
clibxml2_node_kind clibxml2_node_kind_of(const clibxml2_node *node);

/// The element's name, lower case as the HTML parser writes it ("p", "article"); "" for others.
const char *clibxml2_node_name(const clibxml2_node *node);

/// The text of a text, CDATA or comment node, entities decoded; "" for others.
const char *clibxml2_node_text(const clibxml2_node *node);

/// The line of the page the node starts on (1-based), 0 when unknown (libxml2's HTML parser
/// counts lines in 16 bits, so lines from 65,535 on are unknown).
int32_t clibxml2_node_line(const clibxml2_node *node);

/// The first attribute of an element, or NULL.
const clibxml2_attribute *clibxml2_node_first_attribute(const clibxml2_node *node);

/// The next attribute, or NULL.
const clibxml2_attribute *clibxml2_attribute_next(const clibxml2_attribute *attribute);

/// The attribute's name, lower case ("class", "itemprop").
const char *clibxml2_attribute_name(const clibxml2_attribute *attribute);

/// The attribute's value, entities decoded; "" for an attribute without one (`hidden`). Owned
/// by the document, like node text.
const char *clibxml2_attribute_value(const clibxml2_attribute *attribute);

#ifdef __cplusplus
}
#endif

#endif
