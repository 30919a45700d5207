<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Marquee::Blob</name>
    <message>
        <source>Invalid blob key</source>
        <translation>Clave de blob no válida</translation>
    </message>
    <message>
        <source>Blob store %1 failed: %2</source>
        <translation>Error al almacenar el blob %1: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
</context>
<context>
    <name>Marquee::Config</name>
    <message>
        <source>Core</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Sash</source>
        <translation>Banda</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>Invalid type</source>
        <translation>Tipo no válido</translation>
    </message>
    <message>
        <source>Invalid tmdb_id</source>
        <translation>tmdb_id no válido</translation>
    </message>
    <message>
        <source>Invalid imdb_id</source>
        <translation>imdb_id no válido</translation>
    </message>
    <message>
        <source>Invalid preset name</source>
        <translation>Nombre de preajuste no válido</translation>
    </message>
    <message>
        <source>Invalid type (movie|tv)</source>
        <translation>Tipo no válido (movie|tv)</translation>
    </message>
    <message>
        <source>Invalid id (expected tt…, a TMDB id or tmdb:&lt;id&gt;)</source>
        <translation>ID no válido (se esperaba tt…, un ID de TMDB o tmdb:&lt;id&gt;)</translation>
    </message>
    <message>
        <source>Invalid shape (poster|landscape)</source>
        <translation>Forma no válida (poster|landscape)</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2 (got &quot;%3&quot;)</source>
        <translation>%1 debe ser un número entero mayor o igual que %2 (se recibió &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3 (got &quot;%4&quot;)</source>
        <translation>%1 debe ser un número entre %2 y %3 (se recibió &quot;%4&quot;)</translation>
    </message>
    <message>
        <source>%1 must be a number (got &quot;%2&quot;)</source>
        <translation>%1 debe ser un número (se recibió &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 must be true or false (got &quot;%2&quot;)</source>
        <translation>%1 debe ser true o false (se recibió &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 must be one of %2 (got &quot;%3&quot;)</source>
        <translation>%1 debe ser uno de estos valores: %2 (se recibió &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1 must be an http(s) URL (got &quot;%2&quot;)</source>
        <translation>%1 debe ser una URL http(s) (se recibió &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 must look like letterboxd:0.8,tomatoes:0.2 with sources from %2 (got &quot;%3&quot;)</source>
        <translation>%1 debe tener la forma letterboxd:0.8,tomatoes:0.2 con fuentes de entre %2 (se recibió &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1 must be a language code such as en or pt-br (got &quot;%2&quot;)</source>
        <translation>%1 debe ser un código de idioma como en o pt-br (se recibió &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 must be 0, auto or a number of seconds (got &quot;%2&quot;)</source>
        <translation>%1 debe ser 0, auto o un número de segundos (se recibió &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1</source>
        <translation>No se puede leer el archivo de configuración %1</translation>
    </message>
    <message>
        <source>%1 is not a valid INI file</source>
        <translation>%1 no es un archivo INI válido</translation>
    </message>
    <message>
        <source>Address to listen on; 0.0.0.0 exposes the daemon on the network</source>
        <translation>Dirección de escucha; 0.0.0.0 expone el daemon a la red</translation>
    </message>
    <message>
        <source>TCP port to listen on (0 picks a free port)</source>
        <translation>Puerto TCP de escucha (0 elige un puerto libre)</translation>
    </message>
    <message>
        <source>Alternative name for PORT, used only when PORT is unset</source>
        <translation>Nombre alternativo de PORT; solo se usa si PORT no está definida</translation>
    </message>
    <message>
        <source>Where the database and user presets live</source>
        <translation>Ubicación de la base de datos y de los preajustes de usuario</translation>
    </message>
    <message>
        <source>Where downloaded art and rendered posters are cached</source>
        <translation>Ubicación de la caché de imágenes descargadas y pósteres renderizados</translation>
    </message>
    <message>
        <source>&apos;:&apos;-separated local media library folders (.nfo + artwork); empty disables the built-in samples</source>
        <translation>Carpetas de la biblioteca multimedia local separadas por &apos;:&apos; (.nfo + imágenes); vacío desactiva los ejemplos integrados</translation>
    </message>
    <message>
        <source>Server TMDB key; without it every request must bring tmdb_key=</source>
        <translation>Clave de TMDB del servidor; sin ella, cada solicitud debe incluir tmdb_key=</translation>
    </message>
    <message>
        <source>TMDB API base URL (empty = default)</source>
        <translation>URL base de la API de TMDB (vacío = predeterminada)</translation>
    </message>
    <message>
        <source>TMDB image CDN base URL (empty = default)</source>
        <translation>URL base de la CDN de imágenes de TMDB (vacío = predeterminada)</translation>
    </message>
    <message>
        <source>Server MDBList key for ratings</source>
        <translation>Clave de MDBList del servidor para las valoraciones</translation>
    </message>
    <message>
        <source>Second MDBList key, used while the first one is rate-limited</source>
        <translation>Segunda clave de MDBList, usada mientras la primera ha alcanzado el límite de solicitudes</translation>
    </message>
    <message>
        <source>MDBList API base URL (empty = default)</source>
        <translation>URL base de la API de MDBList (vacío = predeterminada)</translation>
    </message>
    <message>
        <source>Deadline in milliseconds for one upstream API call</source>
        <translation>Tiempo límite en milisegundos para cada llamada a una API externa</translation>
    </message>
    <message>
        <source>Operator key; when set, /poster and the other operator routes require it</source>
        <translation>Clave de operador; si está definida, /poster y las demás rutas de operador la exigen</translation>
    </message>
    <message>
        <source>Unset: /p preset URLs and /poster are both served (private instance); true: public tier, /poster needs ACCESS_KEY (closed without one); false: /p answers 404</source>
        <translation>Sin definir: se sirven tanto las URL de preajuste /p como /poster (instancia privada); true: nivel público, /poster requiere ACCESS_KEY (cerrado si no hay); false: /p responde 404</translation>
    </message>
    <message>
        <source>Accept /poster requests with only an IMDb id and look up the TMDB id</source>
        <translation>Aceptar solicitudes a /poster con solo un ID de IMDb y buscar el ID de TMDB</translation>
    </message>
    <message>
        <source>Output format: jpeg, webp, or auto (WebP when the client accepts it)</source>
        <translation>Formato de salida: jpeg, webp o auto (WebP cuando el cliente lo acepta)</translation>
    </message>
    <message>
        <source>JPEG quality, clamped to 70-95</source>
        <translation>Calidad JPEG, limitada a 70-95</translation>
    </message>
    <message>
        <source>WebP quality, clamped to 70-95</source>
        <translation>Calidad WebP, limitada a 70-95</translation>
    </message>
    <message>
        <source>Cache-Control max-age for /poster: empty or 0 = none, auto = until the poster expires, or seconds</source>
        <translation>max-age de Cache-Control para /poster: vacío o 0 = ninguno, auto = hasta que caduque el póster, o segundos</translation>
    </message>
    <message>
        <source>Cache-Control max-age in seconds for fully cached /p responses</source>
        <translation>max-age de Cache-Control en segundos para respuestas /p totalmente en caché</translation>
    </message>
    <message>
        <source>Renders allowed to run at the same time</source>
        <translation>Renderizados que pueden ejecutarse a la vez</translation>
    </message>
    <message>
        <source>When above 0, overrides POSTER_RENDER_CONCURRENCY</source>
        <translation>Si es mayor que 0, reemplaza a POSTER_RENDER_CONCURRENCY</translation>
    </message>
    <message>
        <source>Seconds a request waits for a render slot before a 503 (0 = wait forever)</source>
        <translation>Segundos que una solicitud espera un hueco de renderizado antes de un 503 (0 = esperar indefinidamente)</translation>
    </message>
    <message>
        <source>Seconds a rendered poster stays cached</source>
        <translation>Segundos que un póster renderizado permanece en caché</translation>
    </message>
    <message>
        <source>Random extra seconds added per poster so entries do not expire together</source>
        <translation>Segundos extra aleatorios por póster para que las entradas no caduquen a la vez</translation>
    </message>
    <message>
        <source>Rendered posters kept in memory in front of the disk cache</source>
        <translation>Pósteres renderizados que se mantienen en memoria por delante de la caché en disco</translation>
    </message>
    <message>
        <source>Render every request afresh and send no-store headers</source>
        <translation>Renderizar de nuevo cada solicitud y enviar cabeceras no-store</translation>
    </message>
    <message>
        <source>Default rating-source weights for movies</source>
        <translation>Pesos predeterminados de las fuentes de valoración para películas</translation>
    </message>
    <message>
        <source>Default rating-source weights for series</source>
        <translation>Pesos predeterminados de las fuentes de valoración para series</translation>
    </message>
    <message>
        <source>Ratings with fewer votes than this are ignored</source>
        <translation>Se ignoran las valoraciones con menos votos que este valor</translation>
    </message>
    <message>
        <source>Logo language when the request has no logo_language</source>
        <translation>Idioma del logotipo cuando la solicitud no incluye logo_language</translation>
    </message>
    <message>
        <source>Alternative name for DEFAULT_LOGO_LANGUAGE, used only when that is unset</source>
        <translation>Nombre alternativo de DEFAULT_LOGO_LANGUAGE; solo se usa si esta no está definida</translation>
    </message>
    <message>
        <source>Metadata and cache database; empty = SQLite (cache.db) in the cache folder</source>
        <translation>Base de datos de metadatos y caché; vacío = SQLite (cache.db) en la carpeta de caché</translation>
    </message>
    <message>
        <source>Where rendered posters are stored; empty = the cache folder</source>
        <translation>Ubicación de los pósteres renderizados; vacío = la carpeta de caché</translation>
    </message>
    <message>
        <source>Log line format on stderr: text or json</source>
        <translation>Formato de las líneas de registro en stderr: text o json</translation>
    </message>
    <message>
        <source>Key for /metrics (Authorization: Bearer or ?access_key=); unset leaves /metrics open</source>
        <translation>Clave para /metrics (Authorization: Bearer o ?access_key=); sin definir, /metrics queda abierto</translation>
    </message>
    <message>
        <source>Requests per second per tenant on /poster (tenant = its TMDB or MDBList key), for all of /p together, and per key on /search and /resolve-imdb; 0 = no limit</source>
        <translation>Solicitudes por segundo por cliente en /poster (cliente = su clave de TMDB o MDBList), para todo /p en conjunto y por clave en /search y /resolve-imdb; 0 = sin límite</translation>
    </message>
    <message>
        <source>Requests per second shared by all /search and /resolve-imdb calls without a key; 0 = no limit</source>
        <translation>Solicitudes por segundo compartidas por todas las llamadas a /search y /resolve-imdb sin clave; 0 = sin límite</translation>
    </message>
</context>
<context>
    <name>Marquee::ContactSheet</name>
    <message>
        <source>Score Bar</source>
        <translation>Barra de puntuación</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Limpio</translation>
    </message>
    <message>
        <source>Minimalist</source>
        <translation>Minimalista</translation>
    </message>
    <message>
        <source>Frosted Bar</source>
        <translation>Barra esmerilada</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Clásica</translation>
    </message>
    <message>
        <source>Six-band</source>
        <translation>Seis franjas</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>Metálica</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizada</translation>
    </message>
    <message>
        <source>Presets × sample titles</source>
        <translation>Preajustes × títulos de ejemplo</translation>
    </message>
    <message>
        <source>rating_display_mode × score_color_mode (%1)</source>
        <translation>rating_display_mode × score_color_mode (%1)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: the rendered poster could not be decoded</source>
        <translation>%1: no se pudo decodificar el póster renderizado</translation>
    </message>
    <message>
        <source>Marquee contact sheet</source>
        <translation>Hoja de contactos de Marquee</translation>
    </message>
    <message>
        <source>marqueed %1 · bundled sample library · posters %2×%3 shown at half size</source>
        <translation>marqueed %1 · biblioteca de ejemplo incluida · pósteres de %2×%3 mostrados a la mitad de tamaño</translation>
    </message>
</context>
<context>
    <name>Marquee::Daemon</name>
    <message>
        <source>DATABASE_URL: only the embedded SQLite store is available in this build</source>
        <translation>DATABASE_URL: en esta compilación solo está disponible el almacén SQLite integrado</translation>
    </message>
    <message>
        <source>OBJECT_STORE_URL: only the local composite directory is available in this build</source>
        <translation>OBJECT_STORE_URL: en esta compilación solo está disponible el directorio local de composiciones</translation>
    </message>
    <message>
        <source>MARQUEE_HOST: &apos;%1&apos; is not an IP address (use 127.0.0.1, 0.0.0.0, ::1 or localhost)</source>
        <translation>MARQUEE_HOST: &apos;%1&apos; no es una dirección IP (use 127.0.0.1, 0.0.0.0, ::1 o localhost)</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>No se puede crear el directorio %1</translation>
    </message>
    <message>
        <source>The bundled fonts could not be loaded</source>
        <translation>No se pudieron cargar las fuentes incluidas</translation>
    </message>
    <message>
        <source>MARQUEE_HOST: &apos;%1&apos; is not an IP address</source>
        <translation>MARQUEE_HOST: &apos;%1&apos; no es una dirección IP</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::AccessGate</name>
    <message>
        <source>Custom posters are not available on this instance; use a /p/{preset}/{type}/{imdb_id}.jpg preset URL.</source>
        <translation>Los pósteres personalizados no están disponibles en esta instancia; use una URL de preajuste /p/{preset}/{type}/{imdb_id}.jpg.</translation>
    </message>
    <message>
        <source>Unauthorized, your access key is not valid for this instance.</source>
        <translation>No autorizado: su clave de acceso no es válida para esta instancia.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::DebugCanvasRoute</name>
    <message>
        <source>Title too long</source>
        <translation>Título demasiado largo</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::ErrorResponse</name>
    <message>
        <source>Invalid request</source>
        <translation>Solicitud no válida</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Unauthorized, your access key is not valid for this instance.</source>
        <translation>No autorizado: su clave de acceso no es válida para esta instancia.</translation>
    </message>
    <message>
        <source>Rate limit exceeded</source>
        <translation>Límite de solicitudes superado</translation>
    </message>
    <message>
        <source>Server saturated — try again shortly</source>
        <translation>Servidor saturado — vuelva a intentarlo en breve</translation>
    </message>
    <message>
        <source>The server is not configured for this request</source>
        <translation>El servidor no está configurado para esta solicitud</translation>
    </message>
    <message>
        <source>Upstream request timed out</source>
        <translation>Se agotó el tiempo de espera de la solicitud al servicio externo</translation>
    </message>
    <message>
        <source>Upstream error %1</source>
        <translation>Error del servicio externo %1</translation>
    </message>
    <message>
        <source>Failed to build poster</source>
        <translation>No se pudo generar el póster</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::HttpService</name>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>No se puede escuchar en %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::PosterRoutes</name>
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation>Preajuste desconocido &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::ProbeRoutes</name>
    <message>
        <source>Not ready: %1</source>
        <translation>No preparado: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::RateLimiter</name>
    <message>
        <source>Rate limit exceeded (%1 req/s)</source>
        <translation>Límite de solicitudes superado (%1 req/s)</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::RouteContext</name>
    <message>
        <source>Method not allowed</source>
        <translation>Método no permitido</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::TmdbProxyRoutes</name>
    <message>
        <source>Invalid type (movie|tv)</source>
        <translation>Tipo no válido (movie|tv)</translation>
    </message>
    <message>
        <source>Missing required parameter: tmdb_id</source>
        <translation>Falta el parámetro obligatorio: tmdb_id</translation>
    </message>
    <message>
        <source>Invalid tmdb_id</source>
        <translation>tmdb_id no válido</translation>
    </message>
    <message>
        <source>Missing required parameter: q</source>
        <translation>Falta el parámetro obligatorio: q</translation>
    </message>
    <message>
        <source>Query too long</source>
        <translation>Consulta demasiado larga</translation>
    </message>
    <message>
        <source>No TMDB API key available. Either provide tmdb_key= or set TMDB_API_KEY on the server.</source>
        <translation>No hay ninguna clave de API de TMDB disponible. Proporcione tmdb_key= o defina TMDB_API_KEY en el servidor.</translation>
    </message>
    <message>
        <source>TMDB could not be reached</source>
        <translation>No se pudo conectar con TMDB</translation>
    </message>
</context>
<context>
    <name>Marquee::Net::HttpClient</name>
    <message>
        <source>Invalid upstream URL</source>
        <translation>URL externa no válida</translation>
    </message>
    <message>
        <source>Upstream request timed out</source>
        <translation>Se agotó el tiempo de espera de la solicitud al servicio externo</translation>
    </message>
    <message>
        <source>Upstream response too large</source>
        <translation>La respuesta del servicio externo es demasiado grande</translation>
    </message>
    <message>
        <source>Upstream connection failed</source>
        <translation>Falló la conexión con el servicio externo</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::GenreLabel</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Adventure</source>
        <translation>Aventura</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animación</translation>
    </message>
    <message>
        <source>Comedy</source>
        <translation>Comedia</translation>
    </message>
    <message>
        <source>Crime</source>
        <translation>Crimen</translation>
    </message>
    <message>
        <source>Documentary</source>
        <translation>Documental</translation>
    </message>
    <message>
        <source>Drama</source>
        <translation>Drama</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Fantasy</source>
        <translation>Fantasía</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Horror</source>
        <translation>Terror</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Música</translation>
    </message>
    <message>
        <source>Mystery</source>
        <translation>Misterio</translation>
    </message>
    <message>
        <source>Romance</source>
        <translation>Romance</translation>
    </message>
    <message>
        <source>Sci-Fi</source>
        <translation>Ciencia ficción</translation>
    </message>
    <message>
        <source>Thriller</source>
        <translation>Suspense</translation>
    </message>
    <message>
        <source>War</source>
        <translation>Bélica</translation>
    </message>
    <message>
        <source>Western</source>
        <translation>Western</translation>
    </message>
    <message>
        <source>Kids</source>
        <translation>Infantil</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Noticias</translation>
    </message>
    <message>
        <source>Reality</source>
        <translation>Reality</translation>
    </message>
    <message>
        <source>Soap</source>
        <translation>Telenovela</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Talk show</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::ImageCache</name>
    <message>
        <source>Unreadable image: %1</source>
        <translation>Imagen ilegible: %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>larger than 20 MB</source>
        <translation>más de 20 MB</translation>
    </message>
    <message>
        <source>%1×%2 exceeds 6000×6000</source>
        <translation>%1×%2 supera 6000×6000</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::InFlightRenders</name>
    <message>
        <source>Failed to build poster</source>
        <translation>No se pudo generar el póster</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::PosterEncoder</name>
    <message>
        <source>Cannot encode poster: %1</source>
        <translation>No se puede codificar el póster: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::PosterPipeline</name>
    <message>
        <source>Title not found on TMDB</source>
        <translation>Título no encontrado en TMDB</translation>
    </message>
    <message>
        <source>Poster image not found on TMDB</source>
        <translation>Imagen del póster no encontrada en TMDB</translation>
    </message>
    <message>
        <source>No logo available</source>
        <translation>No hay logotipo disponible</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::RenderSlots</name>
    <message>
        <source>Server saturated — try again shortly</source>
        <translation>Servidor saturado — vuelva a intentarlo en breve</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::SashPicker</name>
    <message>
        <source>Cannes Winner</source>
        <translation>Premio Cannes</translation>
    </message>
    <message>
        <source>Venice Winner</source>
        <translation>Premio Venecia</translation>
    </message>
    <message>
        <source>Berlin Winner</source>
        <translation>Premio Berlín</translation>
    </message>
    <message>
        <source>Locarno Winner</source>
        <translation>Premio Locarno</translation>
    </message>
    <message>
        <source>Sundance Winner</source>
        <translation>Premio Sundance</translation>
    </message>
    <message>
        <source>Foreign</source>
        <translation>Extranjera</translation>
    </message>
    <message>
        <source>Oscar Winner</source>
        <translation>Ganadora del Óscar</translation>
    </message>
    <message>
        <source>Oscar Nominee</source>
        <translation>Nominada al Óscar</translation>
    </message>
    <message>
        <source>Must-See</source>
        <translation>Imprescindible</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novedad</translation>
    </message>
    <message>
        <source>Cult Classic</source>
        <translation>Clásico de culto</translation>
    </message>
    <message>
        <source>True Story</source>
        <translation>Historia real</translation>
    </message>
    <message>
        <source>Short Film</source>
        <translation>Cortometraje</translation>
    </message>
    <message>
        <source>Mini Series</source>
        <translation>Miniserie</translation>
    </message>
    <message>
        <source>Binge Ready</source>
        <translation>Para maratonear</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::TitleResolver</name>
    <message>
        <source>Missing required parameter: tmdb_id. Add tmdb_id={tmdb_id} to the URL.</source>
        <translation>Falta el parámetro obligatorio: tmdb_id. Añada tmdb_id={tmdb_id} a la URL.</translation>
    </message>
    <message>
        <source>Server TMDB key not configured</source>
        <translation>Clave de TMDB del servidor no configurada</translation>
    </message>
    <message>
        <source>No TMDB API key available. Either provide tmdb_key= or set TMDB_API_KEY on the server.</source>
        <translation>No hay ninguna clave de API de TMDB disponible. Proporcione tmdb_key= o defina TMDB_API_KEY en el servidor.</translation>
    </message>
    <message>
        <source>No TMDB %1 found for imdb_id %2</source>
        <translation>Ningún resultado de TMDB de tipo %1 para imdb_id %2</translation>
    </message>
</context>
<context>
    <name>Marquee::Presets</name>
    <message>
        <source>Tinted Minimalist Notch</source>
        <translation>Muesca minimalista tintada</translation>
    </message>
    <message>
        <source>Tinted vignette with minimal rating mode displaying the rating color (gold, silver, bronze) genre and year. A matching notch at the top displays interesting information.</source>
        <translation>Viñeta tintada con modo de valoración mínimo que muestra el color de la valoración (oro, plata, bronce), el género y el año. Una muesca a juego en la parte superior muestra información interesante.</translation>
    </message>
    <message>
        <source>Tinted Minimalist Sash</source>
        <translation>Banda minimalista tintada</translation>
    </message>
    <message>
        <source>Tinted vignette with the minimal rating line (score-coloured mark, genre and year) and a diagonal corner sash for awards and other highlights.</source>
        <translation>Viñeta tintada con la línea de valoración mínima (marca del color de la puntuación, género y año) y una banda diagonal en la esquina para premios y otros destacados.</translation>
    </message>
    <message>
        <source>Bar with matching notch</source>
        <translation>Barra con muesca a juego</translation>
    </message>
    <message>
        <source>Notch and bar sampled from the posters colour, clean and easy to read.</source>
        <translation>Muesca y barra con el color extraído del póster, limpias y fáciles de leer.</translation>
    </message>
    <message>
        <source>Bar with matching sash</source>
        <translation>Barra con banda a juego</translation>
    </message>
    <message>
        <source>Bottom bar and diagonal corner sash both tinted from the poster&apos;s own colours.</source>
        <translation>Barra inferior y banda diagonal en la esquina, ambas tintadas con los colores del propio póster.</translation>
    </message>
    <message>
        <source>Rating Bar with Notch</source>
        <translation>Barra de valoración con muesca</translation>
    </message>
    <message>
        <source>The bar at the bottom is colored based on the rating for &apos;at a glance&apos; ratings, along with a notch sampled from the posters colour at the top.</source>
        <translation>La barra inferior se colorea según la valoración para leerla de un vistazo, junto con una muesca en la parte superior con el color extraído del póster.</translation>
    </message>
    <message>
        <source>Rating Bar with Sash</source>
        <translation>Barra de valoración con banda</translation>
    </message>
    <message>
        <source>A score-coloured rating bar for quick reading, with a diagonal corner sash for highlights.</source>
        <translation>Una barra de valoración coloreada según la puntuación para una lectura rápida, con una banda diagonal en la esquina para los destacados.</translation>
    </message>
    <message>
        <source>Clean Notch</source>
        <translation>Muesca limpia</translation>
    </message>
    <message>
        <source>One clean line with genre and score under the logo, and a notch at the top tinted from the poster.</source>
        <translation>Una única línea limpia con género y puntuación bajo el logotipo, y una muesca en la parte superior tintada con el color del póster.</translation>
    </message>
    <message>
        <source>Clean Sash</source>
        <translation>Banda limpia</translation>
    </message>
    <message>
        <source>One clean line with genre and score under the logo, and a diagonal corner sash for highlights.</source>
        <translation>Una única línea limpia con género y puntuación bajo el logotipo, y una banda diagonal en la esquina para los destacados.</translation>
    </message>
    <message>
        <source>Original Art - Mini &amp; Sash</source>
        <translation>Arte original - Mini y banda</translation>
    </message>
    <message>
        <source>The official poster with its own title treatment, a minimal rating line and a diagonal corner sash.</source>
        <translation>El póster oficial con su propio tratamiento del título, una línea de valoración mínima y una banda diagonal en la esquina.</translation>
    </message>
    <message>
        <source>Original Art - Bar &amp; Notch</source>
        <translation>Arte original - Barra y muesca</translation>
    </message>
    <message>
        <source>The official poster with its own title treatment, a bar and a matching notch sampled from its colours.</source>
        <translation>El póster oficial con su propio tratamiento del título, una barra y una muesca a juego tomadas de sus colores.</translation>
    </message>
    <message>
        <source>Retired style, kept so existing URLs keep working.</source>
        <translation>Estilo retirado; se conserva para que las URL existentes sigan funcionando.</translation>
    </message>
    <message>
        <source>Prestige Rating Bar</source>
        <translation>Barra de valoración Prestigio</translation>
    </message>
    <message>
        <source>Light Rating Bar</source>
        <translation>Barra de valoración clara</translation>
    </message>
    <message>
        <source>Minimalist</source>
        <translation>Minimalista</translation>
    </message>
    <message>
        <source>Frosted Notch</source>
        <translation>Muesca esmerilada</translation>
    </message>
    <message>
        <source>Black Rating Bar, Light Notch</source>
        <translation>Barra de valoración negra, muesca clara</translation>
    </message>
    <message>
        <source>Black Rating Bar (Original Art)</source>
        <translation>Barra de valoración negra (arte original)</translation>
    </message>
    <message>
        <source>Frosted Rating Bar (Original Art)</source>
        <translation>Barra de valoración esmerilada (arte original)</translation>
    </message>
    <message>
        <source>Minimalist (Original Art)</source>
        <translation>Minimalista (arte original)</translation>
    </message>
</context>
<context>
    <name>Marquee::RenderCommand</name>
    <message>
        <source>File to write (default &lt;ID&gt;.jpg, or contact-sheet.png).</source>
        <translation>Archivo que se escribirá (predeterminado &lt;ID&gt;.jpg, o contact-sheet.png).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Render with this preset&apos;s parameters.</source>
        <translation>Renderiza con los parámetros de este preajuste.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>movie (default) or tv.</source>
        <translation>movie (predeterminado) o tv.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>/poster parameters applied on top of the preset, e.g. &quot;shape=landscape&amp;rating_display_mode=3&quot;.</source>
        <translation>Parámetros de /poster aplicados sobre el preajuste, p. ej. &quot;shape=landscape&amp;rating_display_mode=3&quot;.</translation>
    </message>
    <message>
        <source>k=v&amp;…</source>
        <translation>k=v&amp;…</translation>
    </message>
    <message>
        <source>Write a PNG grid of every preset and every rating mode × palette instead.</source>
        <translation>En su lugar, escribe una cuadrícula PNG con todos los preajustes y todos los modos de valoración × paleta.</translation>
    </message>
    <message>
        <source>INI file with settings; environment variables override it.</source>
        <translation>Archivo INI con la configuración; las variables de entorno tienen prioridad sobre él.</translation>
    </message>
    <message>
        <source>Data directory (MARQUEE_DATA_DIR).</source>
        <translation>Directorio de datos (MARQUEE_DATA_DIR).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>directorio</translation>
    </message>
    <message>
        <source>Cache directory (MARQUEE_CACHE_DIR).</source>
        <translation>Directorio de caché (MARQUEE_CACHE_DIR).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>wrote %1 (%2×%3, %4 bytes)</source>
        <translation>%1 escrito (%2×%3, %4 bytes)</translation>
    </message>
    <message>
        <source>Cannot encode the contact sheet as PNG</source>
        <translation>No se puede codificar la hoja de contactos como PNG</translation>
    </message>
    <message>
        <source>Renders one poster to a file through the daemon&apos;s pipeline and settings.</source>
        <translation>Renderiza un póster en un archivo mediante el pipeline y la configuración del daemon.</translation>
    </message>
    <message>
        <source>tt…, a TMDB id or tmdb:&lt;id&gt; (not with --contact-sheet).</source>
        <translation>tt…, un ID de TMDB o tmdb:&lt;id&gt; (incompatible con --contact-sheet).</translation>
    </message>
    <message>
        <source>--contact-sheet takes no ID</source>
        <translation>--contact-sheet no admite ningún ID</translation>
    </message>
    <message>
        <source>Give exactly one ID (tt…, a TMDB id or tmdb:&lt;id&gt;); see marqueed render --help</source>
        <translation>Indique exactamente un ID (tt…, un ID de TMDB o tmdb:&lt;id&gt;); consulte marqueed render --help</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation>Preajuste desconocido &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::LocalLibrary</name>
    <message>
        <source>%1: library folder not found</source>
        <translation>%1: carpeta de biblioteca no encontrada</translation>
    </message>
    <message>
        <source>%1: cannot read the file or it is empty</source>
        <translation>%1: no se puede leer el archivo o está vacío</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: duplicate of a title already in the library, skipped</source>
        <translation>%1: duplicado de un título que ya está en la biblioteca; omitido</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::MdbListSource</name>
    <message>
        <source>Invalid IMDb id</source>
        <translation>ID de IMDb no válido</translation>
    </message>
    <message>
        <source>Title has neither an IMDb nor a TMDB id</source>
        <translation>El título no tiene ID de IMDb ni de TMDB</translation>
    </message>
    <message>
        <source>No MDBList API key configured</source>
        <translation>No hay ninguna clave de API de MDBList configurada</translation>
    </message>
    <message>
        <source>MDBList rate limit reached</source>
        <translation>Se alcanzó el límite de solicitudes de MDBList</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::NfoReader</name>
    <message>
        <source>XML error at line %1: %2</source>
        <translation>Error de XML en la línea %1: %2</translation>
    </message>
    <message>
        <source>not an XML document</source>
        <translation>no es un documento XML</translation>
    </message>
    <message>
        <source>root element is not &lt;movie&gt; or &lt;tvshow&gt;</source>
        <translation>el elemento raíz no es &lt;movie&gt; ni &lt;tvshow&gt;</translation>
    </message>
    <message>
        <source>no &lt;title&gt;</source>
        <translation>falta &lt;title&gt;</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::TmdbSource</name>
    <message>
        <source>No TMDB API key configured</source>
        <translation>No hay ninguna clave de API de TMDB configurada</translation>
    </message>
    <message>
        <source>Invalid IMDb id</source>
        <translation>ID de IMDb no válido</translation>
    </message>
    <message>
        <source>No TMDB %1 found for imdb_id %2</source>
        <translation>Ningún resultado de TMDB de tipo %1 para imdb_id %2</translation>
    </message>
    <message>
        <source>Invalid TMDB id</source>
        <translation>ID de TMDB no válido</translation>
    </message>
    <message>
        <source>Title not found on TMDB</source>
        <translation>Título no encontrado en TMDB</translation>
    </message>
    <message>
        <source>Invalid image path</source>
        <translation>Ruta de imagen no válida</translation>
    </message>
    <message>
        <source>Invalid image size</source>
        <translation>Tamaño de imagen no válido</translation>
    </message>
    <message>
        <source>Poster image not found on TMDB</source>
        <translation>Imagen del póster no encontrada en TMDB</translation>
    </message>
    <message>
        <source>Upstream sent an empty image</source>
        <translation>El servicio externo envió una imagen vacía</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::Upstream</name>
    <message>
        <source>Upstream error %1</source>
        <translation>Error del servicio externo %1</translation>
    </message>
    <message>
        <source>Upstream sent malformed JSON</source>
        <translation>El servicio externo envió un JSON mal formado</translation>
    </message>
</context>
<context>
    <name>Marquee::Storage</name>
    <message>
        <source>Cannot open the cache database: %1</source>
        <translation>No se puede abrir la base de datos de caché: %1</translation>
    </message>
    <message>
        <source>Cache database error: %1</source>
        <translation>Error de la base de datos de caché: %1</translation>
    </message>
</context>
<context>
    <name>marqueed</name>
    <message>
        <source>Address to listen on (default 127.0.0.1; MARQUEE_HOST).</source>
        <translation>Dirección de escucha (predeterminada 127.0.0.1; MARQUEE_HOST).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Port to listen on, 0 for any free port (default 8000; PORT).</source>
        <translation>Puerto de escucha; 0 para cualquier puerto libre (predeterminado 8000; PORT).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>Data directory (MARQUEE_DATA_DIR).</source>
        <translation>Directorio de datos (MARQUEE_DATA_DIR).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>directorio</translation>
    </message>
    <message>
        <source>Cache directory (MARQUEE_CACHE_DIR).</source>
        <translation>Directorio de caché (MARQUEE_CACHE_DIR).</translation>
    </message>
    <message>
        <source>INI file with settings; environment variables override it.</source>
        <translation>Archivo INI con la configuración; las variables de entorno tienen prioridad sobre él.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Print every setting with its default and meaning, then exit.</source>
        <translation>Muestra cada ajuste con su valor predeterminado y su significado, y sale.</translation>
    </message>
    <message>
        <source>--port: &apos;%1&apos; is not a port number (0–65535)</source>
        <translation>--port: &apos;%1&apos; no es un número de puerto (0–65535)</translation>
    </message>
    <message>
        <source>Marquee poster daemon: renders rated posters and serves them over HTTP.</source>
        <translation>Daemon de pósteres de Marquee: genera pósteres con valoraciones y los sirve por HTTP.</translation>
    </message>
    <message>
        <source>marqueed %1 listening on http://%2:%3</source>
        <translation>marqueed %1 escuchando en http://%2:%3</translation>
    </message>
</context>
</TS>
