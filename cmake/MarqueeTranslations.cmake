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

# marquee_add_app_translations(<executable> TARGETS <libraries whose sources hold tr() strings>)
# The desktop app's own catalog (translations/marquee_app_<lang>.ts) for its UI texts, embedded under
# :/i18n, plus the shared catalog above compiled with lrelease only (never lupdate'd from here, so the
# app's sources cannot prune it), so the core texts the app shows (tab names, errors) are translated too.
set(MARQUEE_APP_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/marquee_app_en.ts
    ${PROJECT_SOURCE_DIR}/translations/marquee_app_es.ts
    ${PROJECT_SOURCE_DIR}/translations/marquee_app_fr.ts
    ${PROJECT_SOURCE_DIR}/translations/marquee_app_it.ts
    ${PROJECT_SOURCE_DIR}/translations/marquee_app_pt.ts
    ${PROJECT_SOURCE_DIR}/translations/marquee_app_pt_BR.ts)

function(marquee_add_app_translations target)
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
        TS_FILES ${MARQUEE_APP_TS_FILES}
        SOURCES ${sources}
        RESOURCE_PREFIX /i18n
        LUPDATE_OPTIONS -locations none -no-obsolete)

    set(shared_dir ${CMAKE_CURRENT_BINARY_DIR}/${target}_shared_catalog)
    set(qm_files)
    foreach(ts IN LISTS MARQUEE_TS_FILES)
        get_filename_component(catalog ${ts} NAME_WE)
        set(qm ${shared_dir}/${catalog}.qm)
        add_custom_command(OUTPUT ${qm}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${shared_dir}
            COMMAND Qt6::lrelease -silent ${ts} -qm ${qm}
            DEPENDS ${ts}
            VERBATIM)
        list(APPEND qm_files ${qm})
    endforeach()
    qt_add_resources(${target} "${target}_shared_catalog" PREFIX /i18n BASE ${shared_dir} FILES ${qm_files})
endfunction()
