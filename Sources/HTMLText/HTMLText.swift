internal import CLibXML2

/// Text extraction from HTML through libxml2's HTML parser. (Filled in by the corpus work.)
public enum HTMLText {}
