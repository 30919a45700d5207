# marquee_add_test(<name> SOURCES ... LIBRARIES ...)
# One Qt Test executable per class, registered with ctest. Tests always run offscreen with the
# bundled fonts only, so golden images do not depend on the machine's QPA or fontconfig.
function(marquee_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${name} PRIVATE Qt6::Test marquee_options ${ARG_LIBRARIES})
    target_compile_definitions(${name} PRIVATE QT_FORCE_ASSERTS
        MARQUEE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_QPA_FONTDIR=${PROJECT_SOURCE_DIR}/resources/fonts;LC_ALL=C.UTF-8")
endfunction()
