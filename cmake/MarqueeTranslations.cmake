# marquee_add_translations(<executable> TARGETS <libraries whose sources hold tr() strings>)
# One catalog per language for core and both executables (translations/marquee_<lang>.ts), compiled to
# .qm and embedded in the executable under :/i18n. `cmake --build … --target update_translations`
# refreshes the .ts files from the sources (stable diffs: no line numbers, no obsolete entries).
set(MARQUEE_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/marquee_en.ts
    ${PROJECT_SOURCE_DIR}/translations/marquee_es.ts
    ${PROJECT_SOURCE_DIR}/translations/marquee_fr.ts
    ${PROJECT_SOURCE_DIR}/translations/marquee_it.ts
    ${PROJECT_SOURCE_DIR}/translations/marquee_pt.ts
    ${PROJECT_SOURCE_DIR}/translations/marquee_pt_BR.ts)

function(marquee_add_translations target)
    cmake_parse_arguments(ARG "" "" "TARGETS" ${ARGN})
    set(sources)
    foreach(library IN LISTS ARG_TARGETS)
        get_target_property(library_sources ${library} SOURCES)
        get_target_property(library_dir ${library} SOURCE_DIR)
        foreach(source IN LISTS library_sources)
            if(source MATCHES "\\.(cpp|h)$" AND NOT source MATCHES "autogen|\\.rcc")
                cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY ${library_dir})
                list(APPEND sources ${source})
            endif()
        endforeach()
    endforeach()
    qt_add_translations(${target}
        TS_FILES ${MARQUEE_TS_FILES}
        SOURCES ${sources}
        RESOURCE_PREFIX /i18n
        LUPDATE_OPTIONS -locations none -no-obsolete)
endfunction()
