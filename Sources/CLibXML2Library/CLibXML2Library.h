// The system libxml2 as SwiftPM sees it: this system-library target exists so that the package
// finds libxml2 through pkg-config (libxml-2.0), which gives the compiler and linker flags of the
// machine's libxml2. The header is deliberately empty: libxml2's own headers are included by
// Sources/CLibXML2/shim.c alone, never by a header that Swift imports, so that Swift sees only
// the shim's plain C types (and never libxml2's, which Foundation's XML module also carries).
