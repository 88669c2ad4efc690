#ifndef XUNSHI_CLIBXML2_SHIM_H
#define XUNSHI_CLIBXML2_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#endif
