# marquee_options: the one place compile settings live. Every target links it PRIVATE,
# so nothing here leaks into consumers and no directory-scoped flags are needed.
add_library(marquee_options INTERFACE)
target_compile_features(marquee_options INTERFACE cxx_std_20)
target_compile_options(marquee_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wno-missing-field-initializers)
target_compile_definitions(marquee_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

option(MARQUEE_WERROR "Treat warnings as errors (the ci preset turns this on)" OFF)
if(MARQUEE_WERROR)
    target_compile_options(marquee_options INTERFACE -Werror)
endif()
