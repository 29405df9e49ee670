// The system Hunspell as SwiftPM sees it: this system-library target exists so that the package
// finds libhunspell through pkg-config (hunspell), which gives the compiler and linker flags of
// the machine's Hunspell. The header is deliberately empty: Hunspell's own header is included by
// Sources/CHunspell/shim.c alone, so that Swift imports plain C types only, as with CICU.
