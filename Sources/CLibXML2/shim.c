// The libxml2 side of the shim: the only file that includes libxml2 headers.
#include "CLibXML2.h"

#include <stdlib.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

struct clibxml2_document {
  xmlDocPtr doc;
};

// Nodes and attributes cross as libxml2's own pointers behind the opaque types.
static const xmlNode *as_node(const clibxml2_node *node) { return (const xmlNode *)node; }
static const clibxml2_node *from_node(const xmlNode *node) {
  return (const clibxml2_node *)node;
}

clibxml2_document *clibxml2_parse_html(const char *bytes, int32_t length, int32_t *status) {
  *status = CLIBXML2_PARSE_FAILED;
  if (bytes == NULL || length <= 0) return NULL;
  // No network, no DTD or external entity loading (the HTML parser loads none, and NOENT and
  // DTDLOAD are not set), the page's <meta charset> ignored because the bytes are UTF-8 already,
  // errors recovered and kept off stderr. Whitespace-only text is kept (NOBLANKS is not set):
  // it separates words between inline elements.
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;
  xmlDocPtr doc = htmlReadMemory(bytes, length, NULL, "UTF-8", options);
  if (doc == NULL) return NULL;
  clibxml2_document *document = (clibxml2_document *)malloc(sizeof(clibxml2_document));
  if (document == NULL) {
    xmlFreeDoc(doc);
    return NULL;
  }
  document->doc = doc;
  *status = 0;
  return document;
}

void clibxml2_document_free(clibxml2_document *document) {
  if (document == NULL) return;
  xmlFreeDoc(document->doc);
  free(document);
}

const clibxml2_node *clibxml2_document_root(const clibxml2_document *document) {
  return from_node(xmlDocGetRootElement(document->doc));
}

const clibxml2_node *clibxml2_node_first_child(const clibxml2_node *node) {
  return from_node(as_node(node)->children);
}

const clibxml2_node *clibxml2_node_next_sibling(const clibxml2_node *node) {
  return from_node(as_node(node)->next);
}

clibxml2_node_kind clibxml2_node_kind_of(const clibxml2_node *node) {
  switch (as_node(node)->type) {
    case XML_ELEMENT_NODE: return CLIBXML2_ELEMENT;
    case XML_TEXT_NODE: return CLIBXML2_TEXT;
    case XML_CDATA_SECTION_NODE: return CLIBXML2_CDATA;
    case XML_COMMENT_NODE: return CLIBXML2_COMMENT;
    default: return CLIBXML2_OTHER;
  }
}

const char *clibxml2_node_name(const clibxml2_node *node) {
  const xmlNode *n = as_node(node);
  if (n->type != XML_ELEMENT_NODE || n->name == NULL) return "";
  return (const char *)n->name;
}

const char *clibxml2_node_text(const clibxml2_node *node) {
  const xmlNode *n = as_node(node);
  switch (n->type) {
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
    case XML_COMMENT_NODE:
      return n->content == NULL ? "" : (const char *)n->content;
    default:
      return "";
  }
}

int32_t clibxml2_node_line(const clibxml2_node *node) {
  // The HTML parser keeps lines in 16 bits: 65535 stands for "65535 or later" and is unknown.
  long line = xmlGetLineNo(as_node(node));
  return line <= 0 || line >= 65535 ? 0 : (int32_t)line;
}

const clibxml2_attribute *clibxml2_node_first_attribute(const clibxml2_node *node) {
  const xmlNode *n = as_node(node);
  if (n->type != XML_ELEMENT_NODE) return NULL;
  return (const clibxml2_attribute *)n->properties;
}

const clibxml2_attribute *clibxml2_attribute_next(const clibxml2_attribute *attribute) {
  return (const clibxml2_attribute *)((const xmlAttr *)attribute)->next;
}

const char *clibxml2_attribute_name(const clibxml2_attribute *attribute) {
  const xmlAttr *a = (const xmlAttr *)attribute;
  return a->name == NULL ? "" : (const char *)a->name;
}

const char *clibxml2_attribute_value(const clibxml2_attribute *attribute) {
  xmlAttr *a = (xmlAttr *)attribute;
  if (a->children == NULL) return "";
  if (a->children->next == NULL && a->children->type == XML_TEXT_NODE) {
    return a->children->content == NULL ? "" : (const char *)a->children->content;
  }
  // A value split over several nodes (an entity reference among text): join it once into one
  // text node, so that the value stays owned by the document like every other string.
  xmlChar *joined = xmlNodeListGetString(a->doc, a->children, 1);
  xmlNodePtr text = xmlNewDocText(a->doc, joined == NULL ? BAD_CAST "" : joined);
  if (joined != NULL) xmlFree(joined);
  if (text == NULL) return "";
  xmlFreeNodeList(a->children);
  a->children = text;
  a->last = text;
  text->parent = (xmlNodePtr)a;
  return text->content == NULL ? "" : (const char *)text->content;
}
