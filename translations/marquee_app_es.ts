<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Marquee::App::DaemonClient</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>Marquee::App::DaemonPanel</name>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Local marqueed, started by the app</source>
        <translation>marqueed &amp;local, iniciado por la app</translation>
    </message>
    <message>
        <source>&amp;Remote daemon</source>
        <translation>Daemon &amp;remoto</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>The local daemon&apos;s log appears here.</source>
        <translation>El registro del daemon local aparece aquí.</translation>
    </message>
    <message>
        <source>Re&amp;fresh status</source>
        <translation>Actuali&amp;zar estado</translation>
    </message>
    <message>
        <source>/ready</source>
        <translation>/ready</translation>
    </message>
    <message>
        <source>/stats</source>
        <translation>/stats</translation>
    </message>
    <message>
        <source>Local daemon listening on %1</source>
        <translation>Daemon local escuchando en %1</translation>
    </message>
    <message>
        <source>Choose the marqueed program</source>
        <translation>Elegir el programa marqueed</translation>
    </message>
    <message>
        <source>found next to the app or on PATH</source>
        <translation>se busca junto a la app o en el PATH</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <source>the daemon&apos;s defaults (~/.local/share/marquee, ~/.cache/marquee)</source>
        <translation>los valores por defecto del daemon (~/.local/share/marquee, ~/.cache/marquee)</translation>
    </message>
    <message>
        <source>Holds the daemon&apos;s database, user presets and cache (in its cache folder).</source>
        <translation>Contiene la base de datos del daemon, los ajustes de usuario y la caché (en su carpeta cache).</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Data directory:</source>
        <translation>&amp;Directorio de datos:</translation>
    </message>
    <message>
        <source>marqueed program</source>
        <translation>Programa marqueed</translation>
    </message>
    <message>
        <source>only needed when the daemon has ACCESS_KEY</source>
        <translation>solo si el daemon tiene ACCESS_KEY</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Access &amp;key:</source>
        <translation>&amp;Clave de acceso:</translation>
    </message>
    <message>
        <source>marqueed not found: set its path above.</source>
        <translation>No se encontró marqueed: indique su ruta arriba.</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Iniciando %1…</translation>
    </message>
    <message>
        <source>Stopping the local daemon…</source>
        <translation>Deteniendo el daemon local…</translation>
    </message>
    <message>
        <source>No daemon answers at %1 (%2).</source>
        <translation>Ningún daemon responde en %1 (%2).</translation>
    </message>
    <message>
        <source>Connected to %1 — ready.</source>
        <translation>Conectado a %1: listo.</translation>
    </message>
    <message>
        <source>Connected to %1 — not ready (%2).</source>
        <translation>Conectado a %1: no está listo (%2).</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
</context>
<context>
    <name>Marquee::App::DaemonProcess</name>
    <message>
        <source>marqueed could not be started: %1</source>
        <translation>No se pudo iniciar marqueed: %1</translation>
    </message>
    <message>
        <source>marqueed crashed</source>
        <translation>marqueed se cerró inesperadamente</translation>
    </message>
    <message>
        <source>marqueed exited with status %1</source>
        <translation>marqueed terminó con estado %1</translation>
    </message>
</context>
<context>
    <name>Marquee::App::MainWindow</name>
    <message>
        <source>Marquee — poster configurator</source>
        <translation>Marquee: configurador de pósteres</translation>
    </message>
    <message>
        <source>Loaded preset “%1”.</source>
        <translation>Ajuste “%1” cargado.</translation>
    </message>
    <message>
        <source>Editing configuration:</source>
        <translation>Editando configuración:</translation>
    </message>
    <message>
        <source>&amp;A</source>
        <translation>&amp;A</translation>
    </message>
    <message>
        <source>&amp;B</source>
        <translation>&amp;B</translation>
    </message>
    <message>
        <source>Edit configuration A (Ctrl+1)</source>
        <translation>Editar la configuración A (Ctrl+1)</translation>
    </message>
    <message>
        <source>Edit configuration B (Ctrl+2)</source>
        <translation>Editar la configuración B (Ctrl+2)</translation>
    </message>
    <message>
        <source>Co&amp;mpare A/B</source>
        <translation>Co&amp;mparar A/B</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>R&amp;establecer</translation>
    </message>
    <message>
        <source>Reset the configuration being edited to the server defaults</source>
        <translation>Restablecer la configuración en edición a los valores por defecto del servidor</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Ajustes</translation>
    </message>
    <message>
        <source>&amp;Daemon</source>
        <translation>&amp;Daemon</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import URL…</source>
        <translation>&amp;Importar URL…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Copy /&amp;poster URL</source>
        <translation>Copiar URL /&amp;poster</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy /p U&amp;RL</source>
        <translation>Copiar U&amp;RL /p</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Copy RP&amp;DB URL</source>
        <translation>Copiar URL RP&amp;DB</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find title</source>
        <translation>&amp;Buscar título</translation>
    </message>
    <message>
        <source>Edit configuration &amp;A</source>
        <translation>Editar configuración &amp;A</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Edit configuration &amp;B</source>
        <translation>Editar configuración &amp;B</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Compare A/B</source>
        <translation>&amp;Comparar A/B</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Copy A → B</source>
        <translation>Copiar A → B</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Restablecer valores por defecto</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Marquee</source>
        <translation>&amp;Acerca de Marquee</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>About Marquee</source>
        <translation>Acerca de Marquee</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Marquee %1&lt;/h3&gt;&lt;p&gt;Configure rated posters and preview them exactly as the daemon renders them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Marquee %1&lt;/h3&gt;&lt;p&gt;Configure pósteres con valoraciones y previsualícelos exactamente como los genera el daemon.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Importación fallida: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported a %1 URL: %n setting(s) differ from the defaults.</source>
        <translation>
            <numerusform>URL %1 importada: %n ajuste difiere de los valores por defecto.</numerusform>
            <numerusform>URL %1 importada: %n ajustes difieren de los valores por defecto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::App::ParamEditor</name>
    <message>
        <source>default</source>
        <translation>por defecto</translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation>Elegir un color</translation>
    </message>
    <message>
        <source>Match the score</source>
        <translation>Según la nota</translation>
    </message>
    <message>
        <source>language code, e.g. en or pt-br</source>
        <translation>código de idioma, p. ej. en o pt-br</translation>
    </message>
    <message>
        <source>Ticked sashes in this order; drag or press Ctrl+Up/Ctrl+Down to reorder.</source>
        <translation>Bandas marcadas en este orden; arrastre o pulse Ctrl+Arriba/Ctrl+Abajo para reordenar.</translation>
    </message>
    <message>
        <source>Default order</source>
        <translation>Orden por defecto</translation>
    </message>
    <message>
        <source>Own weights (otherwise the server&apos;s)</source>
        <translation>Pesos propios (si no, los del servidor)</translation>
    </message>
</context>
<context>
    <name>Marquee::App::ParamForm</name>
    <message>
        <source>URL parameter %1, default “%2”%3</source>
        <translation>Parámetro de URL %1, por defecto “%2”%3</translation>
    </message>
</context>
<context>
    <name>Marquee::App::ParamLabels</name>
    <message>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Landscape art</source>
        <translation>Imagen horizontal</translation>
    </message>
    <message>
        <source>Landscape badge position</source>
        <translation>Posición de la insignia (horizontal)</translation>
    </message>
    <message>
        <source>Fallback poster style</source>
        <translation>Estilo del póster alternativo</translation>
    </message>
    <message>
        <source>Top vignette</source>
        <translation>Viñeta superior</translation>
    </message>
    <message>
        <source>Bottom vignette</source>
        <translation>Viñeta inferior</translation>
    </message>
    <message>
        <source>Top vignette opacity</source>
        <translation>Opacidad de la viñeta superior</translation>
    </message>
    <message>
        <source>Top vignette height</source>
        <translation>Altura de la viñeta superior</translation>
    </message>
    <message>
        <source>Bottom vignette opacity</source>
        <translation>Opacidad de la viñeta inferior</translation>
    </message>
    <message>
        <source>Bottom vignette height</source>
        <translation>Altura de la viñeta inferior</translation>
    </message>
    <message>
        <source>Top vignette only with a sash</source>
        <translation>Viñeta superior solo con banda</translation>
    </message>
    <message>
        <source>Top vignette colour from poster</source>
        <translation>Color de la viñeta superior del póster</translation>
    </message>
    <message>
        <source>Bottom vignette colour from poster</source>
        <translation>Color de la viñeta inferior del póster</translation>
    </message>
    <message>
        <source>Vignette colour saturation</source>
        <translation>Saturación del color de viñeta</translation>
    </message>
    <message>
        <source>Vignette colour lightness</source>
        <translation>Luminosidad del color de viñeta</translation>
    </message>
    <message>
        <source>Vignette colour blur</source>
        <translation>Desenfoque del color de viñeta</translation>
    </message>
    <message>
        <source>Two-tone vignette</source>
        <translation>Viñeta de dos tonos</translation>
    </message>
    <message>
        <source>Blend into nearby art</source>
        <translation>Fundir con la imagen cercana</translation>
    </message>
    <message>
        <source>Rating display mode</source>
        <translation>Modo de la valoración</translation>
    </message>
    <message>
        <source>Colour palette</source>
        <translation>Paleta de colores</translation>
    </message>
    <message>
        <source>Custom palette</source>
        <translation>Paleta personalizada</translation>
    </message>
    <message>
        <source>Rating text colour</source>
        <translation>Color del texto de la valoración</translation>
    </message>
    <message>
        <source>Hide genre</source>
        <translation>Ocultar género</translation>
    </message>
    <message>
        <source>Accent bar font size</source>
        <translation>Tamaño de letra de la barra de acento</translation>
    </message>
    <message>
        <source>Accent bar text position</source>
        <translation>Posición del texto de la barra de acento</translation>
    </message>
    <message>
        <source>Accent bar label suffix</source>
        <translation>Sufijo de la etiqueta de la barra de acento</translation>
    </message>
    <message>
        <source>Accent bar position</source>
        <translation>Posición de la barra de acento</translation>
    </message>
    <message>
        <source>Glow threshold</source>
        <translation>Umbral del brillo</translation>
    </message>
    <message>
        <source>Glow blur</source>
        <translation>Desenfoque del brillo</translation>
    </message>
    <message>
        <source>Glow brightness</source>
        <translation>Intensidad del brillo</translation>
    </message>
    <message>
        <source>Glow colour</source>
        <translation>Color del brillo</translation>
    </message>
    <message>
        <source>Score font size</source>
        <translation>Tamaño de letra de la nota</translation>
    </message>
    <message>
        <source>Score position</source>
        <translation>Posición de la nota</translation>
    </message>
    <message>
        <source>Score out of 10</source>
        <translation>Nota sobre 10</translation>
    </message>
    <message>
        <source>Minimalist font size</source>
        <translation>Tamaño de letra minimalista</translation>
    </message>
    <message>
        <source>Minimalist horizontal position</source>
        <translation>Posición horizontal minimalista</translation>
    </message>
    <message>
        <source>Minimalist vertical position</source>
        <translation>Posición vertical minimalista</translation>
    </message>
    <message>
        <source>Minimalist append</source>
        <translation>Añadido minimalista</translation>
    </message>
    <message>
        <source>Minimalist score out of 10</source>
        <translation>Nota minimalista sobre 10</translation>
    </message>
    <message>
        <source>Centre under the logo</source>
        <translation>Centrar bajo el logotipo</translation>
    </message>
    <message>
        <source>Minimalist separator</source>
        <translation>Separador minimalista</translation>
    </message>
    <message>
        <source>Minimalist rating separator</source>
        <translation>Separador minimalista de la nota</translation>
    </message>
    <message>
        <source>Bar style</source>
        <translation>Estilo de la barra</translation>
    </message>
    <message>
        <source>Rating bar colour</source>
        <translation>Color de la barra de valoración</translation>
    </message>
    <message>
        <source>Bar append</source>
        <translation>Añadido de la barra</translation>
    </message>
    <message>
        <source>Bar score out of 10</source>
        <translation>Nota de la barra sobre 10</translation>
    </message>
    <message>
        <source>Bar height</source>
        <translation>Altura de la barra</translation>
    </message>
    <message>
        <source>Bar font size</source>
        <translation>Tamaño de letra de la barra</translation>
    </message>
    <message>
        <source>Bar opacity</source>
        <translation>Opacidad de la barra</translation>
    </message>
    <message>
        <source>Bar colour saturation</source>
        <translation>Saturación del color de la barra</translation>
    </message>
    <message>
        <source>Bar inset from bottom</source>
        <translation>Margen inferior de la barra</translation>
    </message>
    <message>
        <source>Reference colour</source>
        <translation>Color de referencia</translation>
    </message>
    <message>
        <source>Textless art</source>
        <translation>Imagen sin texto</translation>
    </message>
    <message>
        <source>Original art</source>
        <translation>Imagen original</translation>
    </message>
    <message>
        <source>Original art source</source>
        <translation>Fuente de la imagen original</translation>
    </message>
    <message>
        <source>Logo language</source>
        <translation>Idioma del logotipo</translation>
    </message>
    <message>
        <source>Secondary logo language</source>
        <translation>Idioma secundario del logotipo</translation>
    </message>
    <message>
        <source>Language priority</source>
        <translation>Prioridad de idioma</translation>
    </message>
    <message>
        <source>Logo width</source>
        <translation>Anchura del logotipo</translation>
    </message>
    <message>
        <source>Logo height</source>
        <translation>Altura del logotipo</translation>
    </message>
    <message>
        <source>Logo position</source>
        <translation>Posición del logotipo</translation>
    </message>
    <message>
        <source>Anchor logo at its bottom</source>
        <translation>Anclar el logotipo por abajo</translation>
    </message>
    <message>
        <source>Info sash mode</source>
        <translation>Modo de la banda informativa</translation>
    </message>
    <message>
        <source>Sash priority</source>
        <translation>Prioridad de las bandas</translation>
    </message>
    <message>
        <source>Muted sashes</source>
        <translation>Bandas atenuadas</translation>
    </message>
    <message>
        <source>Sash colour from poster</source>
        <translation>Color de la banda del póster</translation>
    </message>
    <message>
        <source>Sash distance from corner</source>
        <translation>Distancia de la banda a la esquina</translation>
    </message>
    <message>
        <source>Sash size</source>
        <translation>Tamaño de la banda</translation>
    </message>
    <message>
        <source>Winner star</source>
        <translation>Estrella de ganador</translation>
    </message>
    <message>
        <source>Sash text colour</source>
        <translation>Color del texto de la banda</translation>
    </message>
    <message>
        <source>Notch style</source>
        <translation>Estilo de la muesca</translation>
    </message>
    <message>
        <source>Notch width</source>
        <translation>Anchura de la muesca</translation>
    </message>
    <message>
        <source>Notch height</source>
        <translation>Altura de la muesca</translation>
    </message>
    <message>
        <source>Notch padding</source>
        <translation>Relleno de la muesca</translation>
    </message>
    <message>
        <source>Notch inset</source>
        <translation>Desplazamiento de la muesca</translation>
    </message>
    <message>
        <source>Notch font size</source>
        <translation>Tamaño de letra de la muesca</translation>
    </message>
    <message>
        <source>Notch opacity</source>
        <translation>Opacidad de la muesca</translation>
    </message>
    <message>
        <source>Notch colour saturation</source>
        <translation>Saturación del color de la muesca</translation>
    </message>
    <message>
        <source>Match tinted vignette</source>
        <translation>Igualar la viñeta teñida</translation>
    </message>
    <message>
        <source>Greyscale poster if unavailable</source>
        <translation>Póster en grises si no está disponible</translation>
    </message>
    <message>
        <source>Consider available if a source is found</source>
        <translation>Considerar disponible si hay una fuente</translation>
    </message>
    <message>
        <source>Release status: unavailable only</source>
        <translation>Estado de estreno: solo no disponibles</translation>
    </message>
    <message>
        <source>Release status: show date</source>
        <translation>Estado de estreno: mostrar fecha</translation>
    </message>
    <message>
        <source>Quality display mode</source>
        <translation>Modo de la calidad</translation>
    </message>
    <message>
        <source>Badge size</source>
        <translation>Tamaño de la insignia</translation>
    </message>
    <message>
        <source>Badge gap</source>
        <translation>Separación de las insignias</translation>
    </message>
    <message>
        <source>Badge horizontal position</source>
        <translation>Posición horizontal de la insignia</translation>
    </message>
    <message>
        <source>Badge vertical position</source>
        <translation>Posición vertical de la insignia</translation>
    </message>
    <message>
        <source>Minimum quality</source>
        <translation>Calidad mínima</translation>
    </message>
    <message>
        <source>Stacked layout</source>
        <translation>Disposición apilada</translation>
    </message>
    <message>
        <source>Wait for quality</source>
        <translation>Esperar a la calidad</translation>
    </message>
    <message>
        <source>Greyscale if no quality</source>
        <translation>En grises si no hay calidad</translation>
    </message>
    <message>
        <source>Movie weights</source>
        <translation>Pesos de películas</translation>
    </message>
    <message>
        <source>TV weights</source>
        <translation>Pesos de series</translation>
    </message>
    <message>
        <source>Anime movie weights</source>
        <translation>Pesos de películas de anime</translation>
    </message>
    <message>
        <source>Anime TV weights</source>
        <translation>Pesos de series de anime</translation>
    </message>
    <message>
        <source>Fall back to IMDb</source>
        <translation>Recurrir a IMDb</translation>
    </message>
    <message>
        <source>IMDb rating source</source>
        <translation>Fuente de la nota de IMDb</translation>
    </message>
    <message>
        <source>TMDB rating source</source>
        <translation>Fuente de la nota de TMDB</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Oculto</translation>
    </message>
    <message>
        <source>Accent bar</source>
        <translation>Barra de acento</translation>
    </message>
    <message>
        <source>Numeric score</source>
        <translation>Nota numérica</translation>
    </message>
    <message>
        <source>Minimalist line</source>
        <translation>Línea minimalista</translation>
    </message>
    <message>
        <source>Rating bar</source>
        <translation>Barra de valoración</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clara</translation>
    </message>
    <message>
        <source>Dark/light</source>
        <translation>Oscura/clara</translation>
    </message>
    <message>
        <source>Prestige</source>
        <translation>Prestigio</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizada</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Info sash</source>
        <translation>Banda informativa</translation>
    </message>
    <message>
        <source>Year and info sash</source>
        <translation>Año y banda informativa</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Dividido</translation>
    </message>
    <message>
        <source>Quality and age rating</source>
        <translation>Calidad y clasificación por edad</translation>
    </message>
    <message>
        <source>Quality badge row</source>
        <translation>Fila de insignias de calidad</translation>
    </message>
    <message>
        <source>Age rating only</source>
        <translation>Solo clasificación por edad</translation>
    </message>
    <message>
        <source>Quality notch</source>
        <translation>Muesca de calidad</translation>
    </message>
    <message>
        <source>Combined badge</source>
        <translation>Insignia combinada</translation>
    </message>
    <message>
        <source>Quality bookmark</source>
        <translation>Marcador de calidad</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Textless</source>
        <translation>Sin texto</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Arriba a la izquierda</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Arriba a la derecha</translation>
    </message>
    <message>
        <source>Beside the logo</source>
        <translation>Junto al logotipo</translation>
    </message>
    <message>
        <source>Textured backdrop</source>
        <translation>Fondo texturizado</translation>
    </message>
    <message>
        <source>Photorealistic</source>
        <translation>Fotorrealista</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Barra</translation>
    </message>
    <message>
        <source>Bullet</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Estrella</translation>
    </message>
    <message>
        <source>Frosted</source>
        <translation>Esmerilado</translation>
    </message>
    <message>
        <source>Pure black</source>
        <translation>Negro puro</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Plata</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Oro</translation>
    </message>
    <message>
        <source>Rating black</source>
        <translation>Negro con valoración</translation>
    </message>
    <message>
        <source>Rating frosted</source>
        <translation>Esmerilado con valoración</translation>
    </message>
    <message>
        <source>Colour sample</source>
        <translation>Muestra de color</translation>
    </message>
    <message>
        <source>Light palette</source>
        <translation>Paleta clara</translation>
    </message>
    <message>
        <source>Dark/light palette</source>
        <translation>Paleta oscura/clara</translation>
    </message>
    <message>
        <source>Prestige palette</source>
        <translation>Paleta prestigio</translation>
    </message>
    <message>
        <source>Rating and year</source>
        <translation>Valoración y año</translation>
    </message>
    <message>
        <source>Sash</source>
        <translation>Banda</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Top rated</source>
        <translation>Mejor valorada</translation>
    </message>
    <message>
        <source>Native, then original</source>
        <translation>Nativo y luego original</translation>
    </message>
    <message>
        <source>Original, then native</source>
        <translation>Original y luego nativo</translation>
    </message>
    <message>
        <source>Native if the original is English</source>
        <translation>Nativo si el original es en inglés</translation>
    </message>
    <message>
        <source>Native, else title text</source>
        <translation>Nativo o, si no, texto del título</translation>
    </message>
    <message>
        <source>Native, custom, else text</source>
        <translation>Nativo, personalizado o, si no, texto</translation>
    </message>
    <message>
        <source>Native, custom, original, else text</source>
        <translation>Nativo, personalizado, original o, si no, texto</translation>
    </message>
    <message>
        <source>Notch</source>
        <translation>Muesca</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Negro</translation>
    </message>
    <message>
        <source>MDBList</source>
        <translation>MDBList</translation>
    </message>
    <message>
        <source>IMDb dataset</source>
        <translation>Conjunto de datos de IMDb</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Alternativa</translation>
    </message>
    <message>
        <source>Direct (TMDB)</source>
        <translation>Directa (TMDB)</translation>
    </message>
    <message>
        <source>Match the score</source>
        <translation>Según la nota</translation>
    </message>
</context>
<context>
    <name>Marquee::App::PresetClient</name>
    <message>
        <source>A preset name is 1–40 characters: lower-case letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Un nombre de ajuste tiene 1–40 caracteres: minúsculas, dígitos, &apos;_&apos; y &apos;-&apos;.</translation>
    </message>
    <message>
        <source>That name belongs to a built-in preset.</source>
        <translation>Ese nombre pertenece a un ajuste integrado.</translation>
    </message>
</context>
<context>
    <name>Marquee::App::PresetPanel</name>
    <message>
        <source>&amp;New from current…</source>
        <translation>&amp;Nuevo desde el actual…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicar…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nombrar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Load into editor</source>
        <translation>&amp;Cargar en el editor</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>User presets are stored by the daemon and served at /p/{name}/… and as an RPDB key. Built-in presets are read-only; duplicate one to change it.</source>
        <translation>El daemon guarda los ajustes de usuario y los sirve en /p/{name}/… y como clave RPDB. Los ajustes integrados son de solo lectura; duplique uno para cambiarlo.</translation>
    </message>
    <message>
        <source>%1 — %2 (built-in)</source>
        <translation>%1 — %2 (integrado)</translation>
    </message>
    <message>
        <source>Could not list the daemon&apos;s presets: %1</source>
        <translation>No se pudieron listar los ajustes del daemon: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user preset(s) on the daemon.</source>
        <translation>
            <numerusform>%n ajuste de usuario en el daemon.</numerusform>
            <numerusform>%n ajustes de usuario en el daemon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>“%1” guardado.</translation>
    </message>
    <message>
        <source>Unknown preset “%1”.</source>
        <translation>Ajuste desconocido “%1”.</translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation>No duplicado: %1</translation>
    </message>
    <message>
        <source>Copied “%1” to “%2”.</source>
        <translation>“%1” copiado a “%2”.</translation>
    </message>
    <message>
        <source>Only user presets can be renamed.</source>
        <translation>Solo se pueden renombrar los ajustes de usuario.</translation>
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation>No renombrado: %1</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>“%1” renombrado a “%2”.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>No eliminado: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” eliminado.</translation>
    </message>
    <message>
        <source>Name (a–z, 0–9, &apos;_&apos; or &apos;-&apos;; up to 40):</source>
        <translation>Nombre (a–z, 0–9, &apos;_&apos; o &apos;-&apos;; hasta 40):</translation>
    </message>
    <message>
        <source>New preset</source>
        <translation>Nuevo ajuste</translation>
    </message>
    <message>
        <source>Duplicate preset</source>
        <translation>Duplicar ajuste</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Renombrar ajuste</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Eliminar ajuste</translation>
    </message>
    <message>
        <source>Delete the preset “%1” from the daemon?</source>
        <translation>¿Eliminar el ajuste “%1” del daemon?</translation>
    </message>
    <message>
        <source>Names from /server-caps only: the daemon wants an access key to show or change them (%1).</source>
        <translation>Solo nombres de /server-caps: el daemon pide una clave de acceso para mostrarlos o cambiarlos (%1).</translation>
    </message>
</context>
<context>
    <name>Marquee::App::PreviewPane</name>
    <message>
        <source>%1 × %2 · rendered in %3 ms</source>
        <translation>%1 × %2 · generado en %3 ms</translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>Falló la vista previa: %1</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Generando…</translation>
    </message>
</context>
<context>
    <name>Marquee::App::TitleSearch</name>
    <message>
        <source>Local library (offline)</source>
        <translation>Biblioteca local (sin conexión)</translation>
    </message>
    <message>
        <source>TMDB (with your key)</source>
        <translation>TMDB (con su clave)</translation>
    </message>
    <message>
        <source>Daemon /search</source>
        <translation>/search del daemon</translation>
    </message>
    <message>
        <source>Title, tt… or TMDB id (Ctrl+F)</source>
        <translation>Título, tt… o id de TMDB (Ctrl+F)</translation>
    </message>
    <message>
        <source>needed for TMDB titles</source>
        <translation>necesaria para títulos de TMDB</translation>
    </message>
    <message>
        <source>optional: ratings for TMDB titles</source>
        <translation>opcional: notas para títulos de TMDB</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Bu&amp;scar:</translation>
    </message>
    <message>
        <source>T&amp;MDB key:</source>
        <translation>Clave de T&amp;MDB:</translation>
    </message>
    <message>
        <source>MD&amp;BList key:</source>
        <translation>Clave de MD&amp;BList:</translation>
    </message>
    <message>
        <source>Previewing: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Vista previa: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enter a TMDB key to search TMDB.</source>
        <translation>Introduzca una clave de TMDB para buscar en TMDB.</translation>
    </message>
    <message>
        <source>TMDB did not answer.</source>
        <translation>TMDB no respondió.</translation>
    </message>
    <message>
        <source>TMDB answered HTTP %1.</source>
        <translation>TMDB respondió HTTP %1.</translation>
    </message>
    <message>
        <source>The daemon&apos;s search failed: %1</source>
        <translation>Falló la búsqueda del daemon: %1</translation>
    </message>
    <message>
        <source>No titles found.</source>
        <translation>No se encontraron títulos.</translation>
    </message>
</context>
<context>
    <name>Marquee::App::UrlPanel</name>
    <message>
        <source>Use {tmdb_id}</source>
        <translation>Usar {tmdb_id}</translation>
    </message>
    <message>
        <source>Paste a /poster?…, /p/{preset}/{type}/{id}.jpg or /{key}/imdb/poster-default/{id}.jpg URL</source>
        <translation>Pegue una URL /poster?…, /p/{preset}/{type}/{id}.jpg o /{key}/imdb/poster-default/{id}.jpg</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Templates name the title by {tmdb_id} instead of {imdb_id}.</source>
        <translation>Las plantillas identifican el título con {tmdb_id} en lugar de {imdb_id}.</translation>
    </message>
    <message>
        <source>Import &amp;URL:</source>
        <translation>Importar &amp;URL:</translation>
    </message>
    <message>
        <source>Pr&amp;eset for /p and RPDB:</source>
        <translation>Aj&amp;uste para /p y RPDB:</translation>
    </message>
    <message>
        <source>/poster template:</source>
        <translation>Plantilla /poster:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>/p template:</source>
        <translation>Plantilla /p:</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>RPDB template:</source>
        <translation>Plantilla RPDB:</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Copy this URL to the clipboard</source>
        <translation>Copiar esta URL al portapapeles</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
</context>
<context>
    <name>marquee</name>
    <message>
        <source>The preview did not finish in time; the screenshot may be incomplete.</source>
        <translation>La vista previa no terminó a tiempo; la captura puede estar incompleta.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1</source>
        <translation>No se puede escribir la captura %1</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>escrito %1</translation>
    </message>
    <message>
        <source>Marquee configurator: design rated posters and copy their URLs.</source>
        <translation>Configurador de Marquee: diseñe pósteres con valoraciones y copie sus URL.</translation>
    </message>
    <message>
        <source>Write a PNG of the main window (fresh settings) and exit.</source>
        <translation>Escribir un PNG de la ventana principal (configuración nueva) y salir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Preview this title (tt… id) at start.</source>
        <translation>Previsualizar este título (id tt…) al iniciar.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Show configuration B from this built-in preset beside A.</source>
        <translation>Mostrar la configuración B de este ajuste integrado junto a A.</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>ajuste</translation>
    </message>
    <message>
        <source>Keep the app&apos;s state in this INI file.</source>
        <translation>Guardar el estado de la app en este archivo INI.</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation>Ajuste desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Open this parameter tab (1–6) at start.</source>
        <translation>Abrir esta pestaña de parámetros (1–6) al iniciar.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
</context>
</TS>
