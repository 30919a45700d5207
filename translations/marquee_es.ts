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
    <message>
        <source>OBJECT_STORE_URL: unsupported scheme &apos;%1&apos; (use s3://, s3+http:// or s3+https://)</source>
        <translation>OBJECT_STORE_URL: esquema &apos;%1&apos; no admitido (use s3://, s3+http:// o s3+https://)</translation>
    </message>
    <message>
        <source>OBJECT_STORE_URL: the object store at %1 is unreachable (%2)</source>
        <translation>OBJECT_STORE_URL: no se puede acceder al almacén de objetos en %1 (%2)</translation>
    </message>
    <message>
        <source>OBJECT_STORE_URL: %1</source>
        <translation>OBJECT_STORE_URL: %1</translation>
    </message>
    <message>
        <source>not an s3://, s3+http:// or s3+https:// URL</source>
        <translation>no es una URL s3://, s3+http:// o s3+https://</translation>
    </message>
    <message>
        <source>credentials belong in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, not in the URL</source>
        <translation>las credenciales van en AWS_ACCESS_KEY_ID y AWS_SECRET_ACCESS_KEY, no en la URL</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;</source>
        <translation>parámetro desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>endpoint= is only for s3:// URLs</source>
        <translation>endpoint= solo es válido para URL s3://</translation>
    </message>
    <message>
        <source>the endpoint must be an http:// or https:// URL</source>
        <translation>el endpoint debe ser una URL http:// o https://</translation>
    </message>
    <message>
        <source>invalid region</source>
        <translation>región no válida</translation>
    </message>
    <message>
        <source>invalid bucket name &apos;%1&apos;</source>
        <translation>nombre de bucket no válido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid prefix</source>
        <translation>prefijo no válido</translation>
    </message>
    <message>
        <source>addressing must be path or virtual</source>
        <translation>addressing debe ser path o virtual</translation>
    </message>
    <message>
        <source>%1, bucket %2</source>
        <translation>%1, bucket %2</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>falló la conexión</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>Object store %1 failed at %2: %3</source>
        <translation>Falló la operación %1 del almacén de objetos en %2: %3</translation>
    </message>
    <message>
        <source>Object store bucket not found at %1</source>
        <translation>No se encontró el bucket del almacén de objetos en %1</translation>
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
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation>Preajuste desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Invalid id (expected tt… under /imdb/)</source>
        <translation>ID no válido (se esperaba tt… bajo /imdb/)</translation>
    </message>
    <message>
        <source>TRENDING_FETCH_TIME must be HH:MM (got &quot;%1&quot;)</source>
        <translation>TRENDING_FETCH_TIME debe tener el formato HH:MM (se recibió &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>TRENDING_FETCH_TIMEZONE: unknown time zone &quot;%1&quot;</source>
        <translation>TRENDING_FETCH_TIMEZONE: zona horaria desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Foreground budget in milliseconds of one poster&apos;s upstream work; past it the poster is served provisional with the data at hand and the fetch completes in the background (0 = no budget)</source>
        <translation>Presupuesto en primer plano, en milisegundos, de las llamadas externas de un póster; superado, el póster se sirve como provisional con los datos disponibles y la descarga termina en segundo plano (0 = sin presupuesto)</translation>
    </message>
    <message>
        <source>Extra attempts of an upstream GET after a 5xx or network error (jittered exponential backoff, never past the deadline)</source>
        <translation>Intentos adicionales de un GET externo tras un 5xx o un error de red (espera exponencial con variación aleatoria, nunca más allá del tiempo límite)</translation>
    </message>
    <message>
        <source>Delay before the first retry; doubles per attempt with 25% jitter, at most 4 s</source>
        <translation>Espera antes del primer reintento; se duplica en cada intento con un 25 % de variación aleatoria, como máximo 4 s</translation>
    </message>
    <message>
        <source>Upstream requests in flight per host at once (0 = unlimited)</source>
        <translation>Solicitudes externas en curso a la vez por host (0 = ilimitadas)</translation>
    </message>
    <message>
        <source>MDBList rating fetches in flight at once (0 = no cap)</source>
        <translation>Consultas de valoraciones a MDBList en curso a la vez (0 = sin límite)</translation>
    </message>
    <message>
        <source>Consecutive failed requests that open a service&apos;s circuit breaker (fail fast; 0 = no breaker)</source>
        <translation>Solicitudes fallidas consecutivas que abren el disyuntor de un servicio (fallo inmediato; 0 = sin disyuntor)</translation>
    </message>
    <message>
        <source>How long an open breaker fails fast before one probe request may test the service</source>
        <translation>Tiempo durante el que un disyuntor abierto falla de inmediato antes de que una solicitud de prueba pueda comprobar el servicio</translation>
    </message>
    <message>
        <source>Download the IMDb ratings dataset for imdb_rating_source=dataset or fallback</source>
        <translation>Descargar el conjunto de datos de valoraciones de IMDb para imdb_rating_source=dataset o fallback</translation>
    </message>
    <message>
        <source>Where the gzip ratings TSV of the IMDb dataset is downloaded from</source>
        <translation>Origen de descarga del TSV de valoraciones comprimido con gzip del conjunto de datos de IMDb</translation>
    </message>
    <message>
        <source>SQLite file of the IMDb dataset; processes sharing it download it once</source>
        <translation>Archivo SQLite del conjunto de datos de IMDb; los procesos que lo comparten lo descargan una sola vez</translation>
    </message>
    <message>
        <source>Hours between IMDb dataset downloads (at least 1)</source>
        <translation>Horas entre descargas del conjunto de datos de IMDb (como mínimo 1)</translation>
    </message>
    <message>
        <source>IMDb dataset rows with fewer votes than this are ignored</source>
        <translation>Se ignoran las filas del conjunto de datos de IMDb con menos votos que este valor</translation>
    </message>
    <message>
        <source>A theatrical release older than this many years counts as Streaming (0 = never)</source>
        <translation>Un estreno en cines con más años que este valor cuenta como Streaming (0 = nunca)</translation>
    </message>
    <message>
        <source>Daily HH:MM at which trending ranks are refreshed; empty = every 24 h</source>
        <translation>Hora diaria HH:MM a la que se actualizan las posiciones en tendencias; vacío = cada 24 h</translation>
    </message>
    <message>
        <source>Time zone of TRENDING_FETCH_TIME</source>
        <translation>Zona horaria de TRENDING_FETCH_TIME</translation>
    </message>
    <message>
        <source>Trending ranks up to this number get the trending sash</source>
        <translation>Las posiciones en tendencias hasta este número reciben la banda trending</translation>
    </message>
    <message>
        <source>Trending ranks up to this number get the trending_broad sash</source>
        <translation>Las posiciones en tendencias hasta este número reciben la banda trending_broad</translation>
    </message>
    <message>
        <source>Custom movie trending list URL (TMDB-shaped or MDBList list JSON); empty = TMDB trending</source>
        <translation>URL de una lista personalizada de películas en tendencia (JSON con la forma de TMDB o lista de MDBList); vacío = tendencias de TMDB</translation>
    </message>
    <message>
        <source>Custom series trending list URL; empty = TMDB trending</source>
        <translation>URL de una lista personalizada de series en tendencia; vacío = tendencias de TMDB</translation>
    </message>
    <message>
        <source>Entries read from a custom trending list at most</source>
        <translation>Número máximo de entradas leídas de una lista de tendencias personalizada</translation>
    </message>
    <message>
        <source>Seconds fetched trending ranks stay valid</source>
        <translation>Segundos durante los que siguen siendo válidas las posiciones en tendencias obtenidas</translation>
    </message>
    <message>
        <source>Where quality badge data comes from: aiostreams, scraper or qualicache</source>
        <translation>Origen de los datos de las insignias de calidad: aiostreams, scraper o qualicache</translation>
    </message>
    <message>
        <source>AIOStreams base URL (QUALITY_SOURCE=aiostreams); empty = no quality badges</source>
        <translation>URL base de AIOStreams (QUALITY_SOURCE=aiostreams); vacío = sin insignias de calidad</translation>
    </message>
    <message>
        <source>AIOStreams Basic credentials, base64 of uuid:password</source>
        <translation>Credenciales Basic de AIOStreams, uuid:password en base64</translation>
    </message>
    <message>
        <source>Stremio addon manifest or stremio:// link (QUALITY_SOURCE=scraper); empty = no quality badges</source>
        <translation>Manifiesto de un complemento de Stremio o enlace stremio:// (QUALITY_SOURCE=scraper); vacío = sin insignias de calidad</translation>
    </message>
    <message>
        <source>QualiCache base URL (QUALITY_SOURCE=qualicache); empty = no quality badges</source>
        <translation>URL base de QualiCache (QUALITY_SOURCE=qualicache); vacío = sin insignias de calidad</translation>
    </message>
    <message>
        <source>QualiCache key, sent as X-API-Key</source>
        <translation>Clave de QualiCache, enviada como X-API-Key</translation>
    </message>
    <message>
        <source>Lowest QualiCache trust level accepted: high, medium or low</source>
        <translation>Nivel de confianza mínimo aceptado de QualiCache: high, medium o low</translation>
    </message>
    <message>
        <source>Days quality data of titles older than 14 days is kept (newer titles: 1 day)</source>
        <translation>Días que se conservan los datos de calidad de los títulos con más de 14 días (títulos más recientes: 1 día)</translation>
    </message>
    <message>
        <source>Background quality fetches running at once</source>
        <translation>Consultas de calidad en segundo plano que se ejecutan a la vez</translation>
    </message>
    <message>
        <source>Seconds a wait_for_quality=true request waits for quality data</source>
        <translation>Segundos que una solicitud con wait_for_quality=true espera los datos de calidad</translation>
    </message>
    <message>
        <source>PostgreSQL connections kept open (DATABASE_URL postgres://)</source>
        <translation>Conexiones de PostgreSQL que se mantienen abiertas (DATABASE_URL postgres://)</translation>
    </message>
    <message>
        <source>PostgreSQL connections at most; a query waits up to 10 s for a free one</source>
        <translation>Número máximo de conexiones de PostgreSQL; una consulta espera hasta 10 s a que quede una libre</translation>
    </message>
    <message>
        <source>Coordination between replicas (claims, leases, rate limits); empty = in-process</source>
        <translation>Coordinación entre réplicas (reservas, concesiones, límites de solicitudes); vacío = dentro del proceso</translation>
    </message>
    <message>
        <source>Prefix of every Redis key</source>
        <translation>Prefijo de todas las claves de Redis</translation>
    </message>
    <message>
        <source>Seconds between cache prunes (expired posters, old ratings and metadata); one replica prunes at a time</source>
        <translation>Segundos entre limpiezas de la caché (pósteres caducados, valoraciones y metadatos antiguos); solo limpia una réplica a la vez</translation>
    </message>
    <message>
        <source>Seconds after start before the first cache prune</source>
        <translation>Segundos tras el inicio antes de la primera limpieza de la caché</translation>
    </message>
    <message>
        <source>Public (CDN) base of the object store: cached posters answer with a redirect there</source>
        <translation>Base pública (CDN) del almacén de objetos: los pósteres en caché responden con una redirección a ella</translation>
    </message>
    <message>
        <source>Access key id for an s3:// OBJECT_STORE_URL (empty = unsigned requests)</source>
        <translation>ID de clave de acceso para un OBJECT_STORE_URL s3:// (vacío = solicitudes sin firmar)</translation>
    </message>
    <message>
        <source>Secret access key for an s3:// OBJECT_STORE_URL; never logged</source>
        <translation>Clave de acceso secreta para un OBJECT_STORE_URL s3://; nunca se registra</translation>
    </message>
    <message>
        <source>Replaced or expired poster blobs are deleted this many seconds later (CDN links stay valid)</source>
        <translation>Los blobs de pósteres sustituidos o caducados se eliminan estos segundos después (los enlaces de la CDN siguen siendo válidos)</translation>
    </message>
    <message>
        <source>Longest max-age of a redirect to the CDN copy; also capped by the poster&apos;s expiry and kept below the grace</source>
        <translation>max-age máximo de una redirección a la copia de la CDN; también limitado por la caducidad del póster y siempre por debajo del margen de gracia</translation>
    </message>
    <message>
        <source>Threads accepting and answering HTTP requests (cache hits are answered on them); 0 = one per core, at most 4</source>
        <translation>Hilos que aceptan y responden las peticiones HTTP (los aciertos de caché se responden en ellos); 0 = uno por núcleo, como máximo 4</translation>
    </message>
</context>
<context>
    <name>Marquee::Config::PosterUrlCodec</name>
    <message>
        <source>Not a valid URL</source>
        <translation>No es una URL válida</translation>
    </message>
    <message>
        <source>Not a poster URL (expected /poster?…, /p/{preset}/{type}/{id}.jpg or /{key}/imdb/poster-default/{id}.jpg)</source>
        <translation>No es una URL de póster (se esperaba /poster?…, /p/{preset}/{type}/{id}.jpg o /{key}/imdb/poster-default/{id}.jpg)</translation>
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
    <message>
        <source>Hidden (palettes do not apply)</source>
        <translation>Oculta (las paletas no se aplican)</translation>
    </message>
    <message>
        <source>Frosted Bar with its rating stripe (bar_style=rating_frosted, bar_accent=palette_N)</source>
        <translation>Barra esmerilada con su franja de valoración (bar_style=rating_frosted, bar_accent=palette_N)</translation>
    </message>
    <message>
        <source>Fallback canvas (no art) × genre</source>
        <translation>Lienzo alternativo (sin imagen) × género</translation>
    </message>
    <message>
        <source>fallback_bg_style: titles without any art</source>
        <translation>fallback_bg_style: títulos sin ninguna imagen</translation>
    </message>
</context>
<context>
    <name>Marquee::Coordination</name>
    <message>
        <source>REDIS_URL: &apos;%1&apos; is not a database number (in %2)</source>
        <translation>REDIS_URL: &apos;%1&apos; no es un número de base de datos (en %2)</translation>
    </message>
    <message>
        <source>REDIS_URL: a unix:// URL needs an absolute socket path, as in unix:///run/redis/redis.sock (got %1)</source>
        <translation>REDIS_URL: una URL unix:// necesita una ruta de socket absoluta, como unix:///run/redis/redis.sock (se recibió %1)</translation>
    </message>
    <message>
        <source>REDIS_URL: no host in %1</source>
        <translation>REDIS_URL: falta el host en %1</translation>
    </message>
    <message>
        <source>REDIS_URL: invalid port in %1</source>
        <translation>REDIS_URL: puerto no válido en %1</translation>
    </message>
    <message>
        <source>Redis at %1: %2</source>
        <translation>Redis en %1: %2</translation>
    </message>
    <message>
        <source>Redis at %1 answered PING with &apos;%2&apos;</source>
        <translation>Redis en %1 respondió a PING con &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>Marquee::Coordination::RedisEndpoint</name>
    <message>
        <source>REDIS_URL: not a valid URL</source>
        <translation>REDIS_URL: no es una URL válida</translation>
    </message>
    <message>
        <source>REDIS_URL: rediss:// (TLS) is not supported by this build (hiredis without TLS); use redis:// through a local TLS tunnel such as stunnel</source>
        <translation>REDIS_URL: esta compilación no admite rediss:// (TLS) (hiredis sin TLS); use redis:// a través de un túnel TLS local como stunnel</translation>
    </message>
    <message>
        <source>REDIS_URL: unsupported scheme &apos;%1&apos; (use redis:// or unix://, or leave it empty for in-process coordination)</source>
        <translation>REDIS_URL: esquema &apos;%1&apos; no admitido (use redis:// o unix://, o déjelo vacío para la coordinación dentro del proceso)</translation>
    </message>
</context>
<context>
    <name>Marquee::Daemon</name>
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
    <message>
        <source>Cannot share the listening socket: %1</source>
        <translation>No se puede compartir el socket de escucha: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::PresetApiRoutes</name>
    <message>
        <source>The request body is larger than 16 KiB</source>
        <translation>El cuerpo de la solicitud supera los 16 KiB</translation>
    </message>
    <message>
        <source>The body must be a JSON object like {&quot;query&quot;: &quot;rating_display_mode=4&quot;}</source>
        <translation>El cuerpo debe ser un objeto JSON como {&quot;query&quot;: &quot;rating_display_mode=4&quot;}</translation>
    </message>
    <message>
        <source>The body needs a string field &quot;query&quot;</source>
        <translation>El cuerpo necesita un campo de texto &quot;query&quot;</translation>
    </message>
    <message>
        <source>Without ACCESS_KEY the preset API only answers clients on this machine; set ACCESS_KEY to manage presets remotely.</source>
        <translation>Sin ACCESS_KEY, la API de preajustes solo responde a clientes de este equipo; defina ACCESS_KEY para gestionar los preajustes de forma remota.</translation>
    </message>
    <message>
        <source>No user preset named &apos;%1&apos;</source>
        <translation>No hay ningún preajuste de usuario llamado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in preset id; choose another name</source>
        <translation>&apos;%1&apos; es el ID de un preajuste integrado; elija otro nombre</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::ProbeRoutes</name>
    <message>
        <source>Not ready: %1</source>
        <translation>No preparado: %1</translation>
    </message>
    <message>
        <source>Coordinator unreachable; serving without it (fail-open)</source>
        <translation>Coordinador inaccesible; se sirve sin él (fail-open)</translation>
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
    <name>Marquee::Http::RpdbRoutes</name>
    <message>
        <source>Invalid id (imdb: tt…; tmdb: movie-&lt;id&gt;, series-&lt;id&gt; or &lt;id&gt;)</source>
        <translation>ID no válido (imdb: tt…; tmdb: movie-&lt;id&gt;, series-&lt;id&gt; o &lt;id&gt;)</translation>
    </message>
    <message>
        <source>Unknown preset or access key</source>
        <translation>Preajuste o clave de acceso desconocidos</translation>
    </message>
    <message>
        <source>TVDB ids cannot be resolved by this server; use the imdb or tmdb form</source>
        <translation>Este servidor no puede resolver los ID de TVDB; use la forma imdb o tmdb</translation>
    </message>
    <message>
        <source>Invalid id source (imdb|tmdb|tvdb)</source>
        <translation>Origen de ID no válido (imdb|tmdb|tvdb)</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::ServingSwitch</name>
    <message>
        <source>Poster serving is paused by the operator; try again later</source>
        <translation>El operador ha pausado el servicio de pósteres; vuelva a intentarlo más tarde</translation>
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
    <name>Marquee::Http::WebRoute</name>
    <message>
        <source>Open this page with ?access_key=… appended to the address.</source>
        <translation>Abra esta página añadiendo ?access_key=… a la dirección.</translation>
    </message>
    <message>
        <source>Configurator not found</source>
        <translation>Configurador no encontrado</translation>
    </message>
</context>
<context>
    <name>Marquee::MigrateStorageCommand</name>
    <message>
        <source>The SQLite cache database to read (e.g. &lt;cache dir&gt;/cache.db).</source>
        <translation>La base de datos de caché SQLite que se leerá (p. ej. &lt;directorio de caché&gt;/cache.db).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>The PostgreSQL database to fill (postgres:// or postgresql:// URL).</source>
        <translation>La base de datos PostgreSQL que se rellenará (URL postgres:// o postgresql://).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Give both --from &lt;cache.db&gt; and --to &lt;postgres url&gt;; see marqueed migrate-storage --help</source>
        <translation>Indique tanto --from &lt;cache.db&gt; como --to &lt;url de postgres&gt;; consulte marqueed migrate-storage --help</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--from: no SQLite database at %1</source>
        <translation>--from: no hay ninguna base de datos SQLite en %1</translation>
    </message>
    <message>
        <source>--to: not a postgres:// or postgresql:// URL</source>
        <translation>--to: no es una URL postgres:// o postgresql://</translation>
    </message>
    <message>
        <source>migrate-storage: %1 %2/%3</source>
        <translation>migrate-storage: %1 %2/%3</translation>
    </message>
    <message>
        <source>Copies an SQLite cache database into PostgreSQL: ratings, metadata, the IMDb→TMDB map, composite rows, user presets and the keyed cache. Existing rows are overwritten (upserts), so running it again is harmless. Poster images (blobs) are not copied: they stay in the object store or cache folder the composite rows point at, so the new replicas must use the same OBJECT_STORE_URL (or a copy of it).</source>
        <translation>Copia una base de datos de caché SQLite en PostgreSQL: valoraciones, metadatos, la correspondencia IMDb→TMDB, las filas de composiciones, los preajustes de usuario y la caché por clave. Las filas existentes se sobrescriben (upserts), por lo que volver a ejecutarlo no causa problemas. Las imágenes de los pósteres (blobs) no se copian: permanecen en el almacén de objetos o en la carpeta de caché a la que apuntan las filas de composiciones, por lo que las nuevas réplicas deben usar el mismo OBJECT_STORE_URL (o una copia de él).</translation>
    </message>
    <message>
        <source>copied %1 rows to %2 (%3)</source>
        <translation>%1 filas copiadas a %2 (%3)</translation>
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
    <message>
        <source>Upstream did not answer within the deadline</source>
        <translation>El servicio externo no respondió dentro del tiempo límite</translation>
    </message>
    <message>
        <source>Too many upstream requests in flight to this host</source>
        <translation>Demasiadas solicitudes externas en curso a este host</translation>
    </message>
    <message>
        <source>Upstream temporarily unavailable (circuit open)</source>
        <translation>Servicio externo no disponible temporalmente (disyuntor abierto)</translation>
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
    <name>Marquee::Pipeline::ImdbDatasetJob</name>
    <message>
        <source>Cannot write the IMDb dataset download to %1</source>
        <translation>No se puede escribir la descarga del conjunto de datos de IMDb en %1</translation>
    </message>
    <message>
        <source>The IMDb dataset download was stopped</source>
        <translation>Se detuvo la descarga del conjunto de datos de IMDb</translation>
    </message>
    <message>
        <source>The IMDb dataset download is larger than %1 bytes</source>
        <translation>La descarga del conjunto de datos de IMDb supera los %1 bytes</translation>
    </message>
    <message>
        <source>The IMDb dataset download timed out (%1)</source>
        <translation>Se agotó el tiempo de espera de la descarga del conjunto de datos de IMDb (%1)</translation>
    </message>
    <message>
        <source>The IMDb dataset download failed with status %1 (%2)</source>
        <translation>La descarga del conjunto de datos de IMDb falló con el estado %1 (%2)</translation>
    </message>
    <message>
        <source>The IMDb dataset download failed (%1)</source>
        <translation>La descarga del conjunto de datos de IMDb falló (%1)</translation>
    </message>
    <message>
        <source>IMDB_DATASET_URL is not a valid URL</source>
        <translation>IMDB_DATASET_URL no es una URL válida</translation>
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
    <name>Marquee::Pipeline::MdbListKeyRotation</name>
    <message>
        <source>All MDBList keys are cooling down</source>
        <translation>Todas las claves de MDBList están en pausa temporal</translation>
    </message>
    <message>
        <source>MDBList rate limit reached</source>
        <translation>Se alcanzó el límite de solicitudes de MDBList</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::MetadataCache</name>
    <message>
        <source>Upstream request timed out</source>
        <translation>Se agotó el tiempo de espera de la solicitud al servicio externo</translation>
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
    <name>Marquee::Pipeline::PreviewRenderer</name>
    <message>
        <source>Title not in the local library (a TMDB key renders any title)</source>
        <translation>El título no está en la biblioteca local (con una clave de TMDB se renderiza cualquier título)</translation>
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
    <name>Marquee::Pipeline::TrendingJob</name>
    <message>
        <source>No TMDB API key configured</source>
        <translation>No hay ninguna clave de API de TMDB configurada</translation>
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
    <name>Marquee::Presets::PresetResolver</name>
    <message>
        <source>A preset name is 1–40 characters of a–z, 0–9, &apos;_&apos; or &apos;-&apos;</source>
        <translation>Un nombre de preajuste tiene de 1 a 40 caracteres entre a–z, 0–9, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation>Preajuste desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The preset query is longer than %1 characters</source>
        <translation>La consulta del preajuste supera los %1 caracteres</translation>
    </message>
    <message>
        <source>Unknown parameter &apos;%1&apos; in the preset query</source>
        <translation>Parámetro desconocido &apos;%1&apos; en la consulta del preajuste</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in preset id and cannot be redefined</source>
        <translation>&apos;%1&apos; es el ID de un preajuste integrado y no se puede redefinir</translation>
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
    <message>
        <source>Write a PNG grid of every preset, every rating mode × palette and the fallback canvases instead.</source>
        <translation>En su lugar, escribe una cuadrícula PNG con todos los preajustes, todos los modos de valoración × paleta y los lienzos alternativos.</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources</name>
    <message>
        <source>IMDb dataset database error (%1): %2</source>
        <translation>Error de la base de datos del conjunto de datos de IMDb (%1): %2</translation>
    </message>
    <message>
        <source>Cannot open the IMDb dataset at %1</source>
        <translation>No se puede abrir el conjunto de datos de IMDb en %1</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::ImdbDataset</name>
    <message>
        <source>Cannot read the IMDb dataset download</source>
        <translation>No se puede leer la descarga del conjunto de datos de IMDb</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::Importer</name>
    <message>
        <source>The IMDb dataset is not a ratings TSV</source>
        <translation>El conjunto de datos de IMDb no es un TSV de valoraciones</translation>
    </message>
    <message>
        <source>The IMDb dataset download is damaged: %1</source>
        <translation>La descarga del conjunto de datos de IMDb está dañada: %1</translation>
    </message>
    <message>
        <source>The IMDb dataset holds no usable rating</source>
        <translation>El conjunto de datos de IMDb no contiene ninguna valoración utilizable</translation>
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
    <message>
        <source>MDBList daily request quota used up</source>
        <translation>Se agotó la cuota diaria de solicitudes de MDBList</translation>
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
    <name>Marquee::Sources::QualitySource</name>
    <message>
        <source>%1 error %2</source>
        <translation>Error %2 de %1</translation>
    </message>
    <message>
        <source>%1 sent malformed JSON</source>
        <translation>%1 envió un JSON mal formado</translation>
    </message>
    <message>
        <source>%1 reported a failure</source>
        <translation>%1 informó de un error</translation>
    </message>
    <message>
        <source>QualiCache rejected the API key (401): check QUALICACHE_API_KEY</source>
        <translation>QualiCache rechazó la clave de API (401): compruebe QUALICACHE_API_KEY</translation>
    </message>
    <message>
        <source>QualiCache answered an unknown status</source>
        <translation>QualiCache respondió con un estado desconocido</translation>
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
    <message>
        <source>Invalid trending window</source>
        <translation>Intervalo de tendencias no válido</translation>
    </message>
    <message>
        <source>No trending list on TMDB</source>
        <translation>No hay ninguna lista de tendencias en TMDB</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::TrendingSource</name>
    <message>
        <source>Trending list is neither TMDB nor MDBList JSON</source>
        <translation>La lista de tendencias no es un JSON de TMDB ni de MDBList</translation>
    </message>
    <message>
        <source>No TMDB source for trending</source>
        <translation>No hay ninguna fuente de TMDB para las tendencias</translation>
    </message>
    <message>
        <source>Invalid trending list URL</source>
        <translation>URL de la lista de tendencias no válida</translation>
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
    <message>
        <source>no database connection became free within %1 ms (DB_POOL_MAX_SIZE %2)</source>
        <translation>ninguna conexión a la base de datos quedó libre en %1 ms (DB_POOL_MAX_SIZE %2)</translation>
    </message>
    <message>
        <source>PostgreSQL (%1): %2</source>
        <translation>PostgreSQL (%1): %2</translation>
    </message>
    <message>
        <source>copying %1: %2</source>
        <translation>copiando %1: %2</translation>
    </message>
    <message>
        <source>no SQLite database at %1</source>
        <translation>no hay ninguna base de datos SQLite en %1</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>no se puede abrir %1</translation>
    </message>
    <message>
        <source>DATABASE_URL: unsupported scheme &quot;%1&quot; (use postgres:// or postgresql://, or leave it empty for SQLite)</source>
        <translation>DATABASE_URL: esquema &quot;%1&quot; no admitido (use postgres:// o postgresql://, o déjelo vacío para SQLite)</translation>
    </message>
    <message>
        <source>DATABASE_URL: cannot open the database: %1</source>
        <translation>DATABASE_URL: no se puede abrir la base de datos: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::Tray::TrayController</name>
    <message>
        <source>--tray: no system tray is available on this display; running headless.</source>
        <translation>--tray: no hay ninguna bandeja del sistema disponible en esta pantalla; se ejecuta sin interfaz.</translation>
    </message>
    <message>
        <source>Open configurator</source>
        <translation>Abrir el configurador</translation>
    </message>
    <message>
        <source>Copy poster URL</source>
        <translation>Copiar la URL del póster</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>Pause serving</source>
        <translation>Pausar el servicio</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Resume serving</source>
        <translation>Reanudar el servicio</translation>
    </message>
</context>
<context>
    <name>Marquee::Tray::TrayStatus</name>
    <message>
        <source>Paused (posters answer 503) — %1</source>
        <translation>En pausa (los pósteres responden 503) — %1</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Escuchando en %1</translation>
    </message>
    <message>
        <source>Renders: %1 (%2 in flight)</source>
        <translation>Renderizados: %1 (%2 en curso)</translation>
    </message>
    <message>
        <source>Renders: %1</source>
        <translation>Renderizados: %1</translation>
    </message>
    <message>
        <source>%1 in memory (%2)</source>
        <translation>%1 en memoria (%2)</translation>
    </message>
    <message>
        <source>Cache: storage unavailable · %1</source>
        <translation>Caché: almacenamiento no disponible · %1</translation>
    </message>
    <message>
        <source>Cache: %1 posters, %2 on disk · %3</source>
        <translation>Caché: %1 pósteres, %2 en disco · %3</translation>
    </message>
    <message>
        <source>Cache: %1 posters · %2</source>
        <translation>Caché: %1 pósteres · %2</translation>
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
    <message>
        <source>Show a system-tray icon (status, open configurator, copy URL, pause, quit); runs headless with a message when there is no tray.</source>
        <translation>Muestra un icono en la bandeja del sistema (estado, abrir el configurador, copiar la URL, pausar, salir); si no hay bandeja, se ejecuta sin interfaz y muestra un mensaje.</translation>
    </message>
</context>
</TS>
