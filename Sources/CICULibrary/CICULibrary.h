// The system ICU as SwiftPM sees it: this system-library target exists so that the package finds
// ICU through pkg-config (icu-i18n, icu-uc), which gives the compiler and linker flags of the
// machine's ICU. The header is deliberately empty: ICU's own headers are included by
// Sources/CICU/shim.c alone, never by a header that Swift imports, because Swift's Foundation on
// Linux bundles an ICU of its own and the two sets of declarations would clash.
