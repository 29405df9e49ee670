// The system zlib as SwiftPM sees it: this system-library target exists so that the package
// finds zlib through pkg-config (zlib), which gives the compiler and linker flags of the
// machine's zlib. The header is deliberately empty: zlib's own header is included by
// Sources/CZlib/shim.c alone, so that Swift imports plain C types only, as with CICU.
