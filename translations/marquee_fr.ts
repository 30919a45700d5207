<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Marquee::Blob</name>
    <message>
        <source>Invalid blob key</source>
        <translation>Clé de blob non valide</translation>
    </message>
    <message>
        <source>Blob store %1 failed: %2</source>
        <translation>Échec de l&apos;enregistrement du blob %1 : %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>OBJECT_STORE_URL: unsupported scheme &apos;%1&apos; (use s3://, s3+http:// or s3+https://)</source>
        <translation>OBJECT_STORE_URL : schéma &apos;%1&apos; non pris en charge (utilisez s3://, s3+http:// ou s3+https://)</translation>
    </message>
    <message>
        <source>OBJECT_STORE_URL: the object store at %1 is unreachable (%2)</source>
        <translation>OBJECT_STORE_URL : le stockage objet %1 est injoignable (%2)</translation>
    </message>
    <message>
        <source>OBJECT_STORE_URL: %1</source>
        <translation>OBJECT_STORE_URL : %1</translation>
    </message>
    <message>
        <source>not an s3://, s3+http:// or s3+https:// URL</source>
        <translation>n&apos;est pas une URL s3://, s3+http:// ou s3+https://</translation>
    </message>
    <message>
        <source>credentials belong in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, not in the URL</source>
        <translation>les identifiants se placent dans AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY, pas dans l&apos;URL</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;</source>
        <translation>paramètre inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>endpoint= is only for s3:// URLs</source>
        <translation>endpoint= ne s&apos;applique qu&apos;aux URL s3://</translation>
    </message>
    <message>
        <source>the endpoint must be an http:// or https:// URL</source>
        <translation>l&apos;endpoint doit être une URL http:// ou https://</translation>
    </message>
    <message>
        <source>invalid region</source>
        <translation>région non valide</translation>
    </message>
    <message>
        <source>invalid bucket name &apos;%1&apos;</source>
        <translation>nom de compartiment non valide &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid prefix</source>
        <translation>préfixe non valide</translation>
    </message>
    <message>
        <source>addressing must be path or virtual</source>
        <translation>addressing doit valoir path ou virtual</translation>
    </message>
    <message>
        <source>%1, bucket %2</source>
        <translation>%1, compartiment %2</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>aucune réponse dans le délai imparti</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>échec de la connexion</translation>
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
        <translation>Échec de l&apos;opération %1 du stockage objet sur %2 : %3</translation>
    </message>
    <message>
        <source>Object store bucket not found at %1</source>
        <translation>Compartiment du stockage objet introuvable sur %1</translation>
    </message>
</context>
<context>
    <name>Marquee::Config</name>
    <message>
        <source>Core</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Sash</source>
        <translation>Bandeau</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pondérations</translation>
    </message>
    <message>
        <source>Invalid type</source>
        <translation>Type non valide</translation>
    </message>
    <message>
        <source>Invalid tmdb_id</source>
        <translation>tmdb_id non valide</translation>
    </message>
    <message>
        <source>Invalid imdb_id</source>
        <translation>imdb_id non valide</translation>
    </message>
    <message>
        <source>Invalid preset name</source>
        <translation>Nom de préréglage non valide</translation>
    </message>
    <message>
        <source>Invalid type (movie|tv)</source>
        <translation>Type non valide (movie|tv)</translation>
    </message>
    <message>
        <source>Invalid id (expected tt…, a TMDB id or tmdb:&lt;id&gt;)</source>
        <translation>Identifiant non valide (attendu : tt…, un identifiant TMDB ou tmdb:&lt;id&gt;)</translation>
    </message>
    <message>
        <source>Invalid shape (poster|landscape)</source>
        <translation>Forme non valide (poster|landscape)</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2 (got &quot;%3&quot;)</source>
        <translation>%1 doit être un nombre entier supérieur ou égal à %2 (reçu : &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3 (got &quot;%4&quot;)</source>
        <translation>%1 doit être un nombre compris entre %2 et %3 (reçu : &quot;%4&quot;)</translation>
    </message>
    <message>
        <source>%1 must be a number (got &quot;%2&quot;)</source>
        <translation>%1 doit être un nombre (reçu : &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 must be true or false (got &quot;%2&quot;)</source>
        <translation>%1 doit valoir true ou false (reçu : &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 must be one of %2 (got &quot;%3&quot;)</source>
        <translation>%1 doit être l&apos;une des valeurs suivantes : %2 (reçu : &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1 must be an http(s) URL (got &quot;%2&quot;)</source>
        <translation>%1 doit être une URL http(s) (reçu : &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 must look like letterboxd:0.8,tomatoes:0.2 with sources from %2 (got &quot;%3&quot;)</source>
        <translation>%1 doit être de la forme letterboxd:0.8,tomatoes:0.2 avec des sources parmi %2 (reçu : &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1 must be a language code such as en or pt-br (got &quot;%2&quot;)</source>
        <translation>%1 doit être un code de langue tel que en ou pt-br (reçu : &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 must be 0, auto or a number of seconds (got &quot;%2&quot;)</source>
        <translation>%1 doit valoir 0, auto ou un nombre de secondes (reçu : &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1</source>
        <translation>Impossible de lire le fichier de configuration %1</translation>
    </message>
    <message>
        <source>%1 is not a valid INI file</source>
        <translation>%1 n&apos;est pas un fichier INI valide</translation>
    </message>
    <message>
        <source>Address to listen on; 0.0.0.0 exposes the daemon on the network</source>
        <translation>Adresse d&apos;écoute ; 0.0.0.0 expose le démon sur le réseau</translation>
    </message>
    <message>
        <source>TCP port to listen on (0 picks a free port)</source>
        <translation>Port TCP d&apos;écoute (0 choisit un port libre)</translation>
    </message>
    <message>
        <source>Alternative name for PORT, used only when PORT is unset</source>
        <translation>Autre nom de PORT, utilisé uniquement si PORT n&apos;est pas définie</translation>
    </message>
    <message>
        <source>Where the database and user presets live</source>
        <translation>Emplacement de la base de données et des préréglages utilisateur</translation>
    </message>
    <message>
        <source>Where downloaded art and rendered posters are cached</source>
        <translation>Emplacement du cache des images téléchargées et des affiches générées</translation>
    </message>
    <message>
        <source>&apos;:&apos;-separated local media library folders (.nfo + artwork); empty disables the built-in samples</source>
        <translation>Dossiers de médiathèque locale séparés par &apos;:&apos; (.nfo + illustrations) ; vide désactive les exemples intégrés</translation>
    </message>
    <message>
        <source>Server TMDB key; without it every request must bring tmdb_key=</source>
        <translation>Clé TMDB du serveur ; sans elle, chaque requête doit fournir tmdb_key=</translation>
    </message>
    <message>
        <source>TMDB API base URL (empty = default)</source>
        <translation>URL de base de l&apos;API TMDB (vide = valeur par défaut)</translation>
    </message>
    <message>
        <source>TMDB image CDN base URL (empty = default)</source>
        <translation>URL de base du CDN d&apos;images TMDB (vide = valeur par défaut)</translation>
    </message>
    <message>
        <source>Server MDBList key for ratings</source>
        <translation>Clé MDBList du serveur pour les notes</translation>
    </message>
    <message>
        <source>Second MDBList key, used while the first one is rate-limited</source>
        <translation>Seconde clé MDBList, utilisée tant que la première a atteint sa limite de requêtes</translation>
    </message>
    <message>
        <source>MDBList API base URL (empty = default)</source>
        <translation>URL de base de l&apos;API MDBList (vide = valeur par défaut)</translation>
    </message>
    <message>
        <source>Deadline in milliseconds for one upstream API call</source>
        <translation>Délai maximal en millisecondes pour un appel à une API en amont</translation>
    </message>
    <message>
        <source>Operator key; when set, /poster and the other operator routes require it</source>
        <translation>Clé d&apos;opérateur ; si elle est définie, /poster et les autres routes d&apos;opérateur l&apos;exigent</translation>
    </message>
    <message>
        <source>Unset: /p preset URLs and /poster are both served (private instance); true: public tier, /poster needs ACCESS_KEY (closed without one); false: /p answers 404</source>
        <translation>Non défini : les URL de préréglage /p et /poster sont toutes deux servies (instance privée) ; true : niveau public, /poster exige ACCESS_KEY (fermé sans clé) ; false : /p répond 404</translation>
    </message>
    <message>
        <source>Accept /poster requests with only an IMDb id and look up the TMDB id</source>
        <translation>Accepter les requêtes /poster avec seulement un identifiant IMDb et rechercher l&apos;identifiant TMDB</translation>
    </message>
    <message>
        <source>Output format: jpeg, webp, or auto (WebP when the client accepts it)</source>
        <translation>Format de sortie : jpeg, webp ou auto (WebP si le client l&apos;accepte)</translation>
    </message>
    <message>
        <source>JPEG quality, clamped to 70-95</source>
        <translation>Qualité JPEG, bornée à 70-95</translation>
    </message>
    <message>
        <source>WebP quality, clamped to 70-95</source>
        <translation>Qualité WebP, bornée à 70-95</translation>
    </message>
    <message>
        <source>Cache-Control max-age for /poster: empty or 0 = none, auto = until the poster expires, or seconds</source>
        <translation>max-age de Cache-Control pour /poster : vide ou 0 = aucun, auto = jusqu&apos;à l&apos;expiration de l&apos;affiche, ou un nombre de secondes</translation>
    </message>
    <message>
        <source>Cache-Control max-age in seconds for fully cached /p responses</source>
        <translation>max-age de Cache-Control en secondes pour les réponses /p entièrement en cache</translation>
    </message>
    <message>
        <source>Renders allowed to run at the same time</source>
        <translation>Nombre de rendus autorisés simultanément</translation>
    </message>
    <message>
        <source>When above 0, overrides POSTER_RENDER_CONCURRENCY</source>
        <translation>Si supérieur à 0, remplace POSTER_RENDER_CONCURRENCY</translation>
    </message>
    <message>
        <source>Seconds a request waits for a render slot before a 503 (0 = wait forever)</source>
        <translation>Secondes d&apos;attente d&apos;un créneau de rendu par requête avant un 503 (0 = attente illimitée)</translation>
    </message>
    <message>
        <source>Seconds a rendered poster stays cached</source>
        <translation>Durée en secondes de mise en cache d&apos;une affiche générée</translation>
    </message>
    <message>
        <source>Random extra seconds added per poster so entries do not expire together</source>
        <translation>Secondes supplémentaires aléatoires par affiche pour que les entrées n&apos;expirent pas toutes ensemble</translation>
    </message>
    <message>
        <source>Rendered posters kept in memory in front of the disk cache</source>
        <translation>Affiches générées conservées en mémoire devant le cache disque</translation>
    </message>
    <message>
        <source>Render every request afresh and send no-store headers</source>
        <translation>Générer à nouveau chaque requête et envoyer des en-têtes no-store</translation>
    </message>
    <message>
        <source>Default rating-source weights for movies</source>
        <translation>Pondérations par défaut des sources de notes pour les films</translation>
    </message>
    <message>
        <source>Default rating-source weights for series</source>
        <translation>Pondérations par défaut des sources de notes pour les séries</translation>
    </message>
    <message>
        <source>Ratings with fewer votes than this are ignored</source>
        <translation>Les notes ayant moins de votes que cette valeur sont ignorées</translation>
    </message>
    <message>
        <source>Logo language when the request has no logo_language</source>
        <translation>Langue du logo quand la requête ne précise pas logo_language</translation>
    </message>
    <message>
        <source>Alternative name for DEFAULT_LOGO_LANGUAGE, used only when that is unset</source>
        <translation>Autre nom de DEFAULT_LOGO_LANGUAGE, utilisé uniquement si celle-ci n&apos;est pas définie</translation>
    </message>
    <message>
        <source>Metadata and cache database; empty = SQLite (cache.db) in the cache folder</source>
        <translation>Base de données des métadonnées et du cache ; vide = SQLite (cache.db) dans le dossier de cache</translation>
    </message>
    <message>
        <source>Where rendered posters are stored; empty = the cache folder</source>
        <translation>Emplacement des affiches générées ; vide = le dossier de cache</translation>
    </message>
    <message>
        <source>Log line format on stderr: text or json</source>
        <translation>Format des lignes de journal sur stderr : text ou json</translation>
    </message>
    <message>
        <source>Key for /metrics (Authorization: Bearer or ?access_key=); unset leaves /metrics open</source>
        <translation>Clé pour /metrics (Authorization: Bearer ou ?access_key=) ; non définie, /metrics reste ouvert</translation>
    </message>
    <message>
        <source>Requests per second per tenant on /poster (tenant = its TMDB or MDBList key), for all of /p together, and per key on /search and /resolve-imdb; 0 = no limit</source>
        <translation>Requêtes par seconde par client sur /poster (client = sa clé TMDB ou MDBList), pour l&apos;ensemble de /p et par clé sur /search et /resolve-imdb ; 0 = aucune limite</translation>
    </message>
    <message>
        <source>Requests per second shared by all /search and /resolve-imdb calls without a key; 0 = no limit</source>
        <translation>Requêtes par seconde partagées par tous les appels à /search et /resolve-imdb sans clé ; 0 = aucune limite</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation>Préréglage inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Invalid id (expected tt… under /imdb/)</source>
        <translation>Identifiant non valide (attendu : tt… sous /imdb/)</translation>
    </message>
    <message>
        <source>TRENDING_FETCH_TIME must be HH:MM (got &quot;%1&quot;)</source>
        <translation>TRENDING_FETCH_TIME doit être au format HH:MM (reçu : &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>TRENDING_FETCH_TIMEZONE: unknown time zone &quot;%1&quot;</source>
        <translation>TRENDING_FETCH_TIMEZONE : fuseau horaire inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Foreground budget in milliseconds of one poster&apos;s upstream work; past it the poster is served provisional with the data at hand and the fetch completes in the background (0 = no budget)</source>
        <translation>Budget au premier plan, en millisecondes, du travail en amont d&apos;une affiche ; au-delà, l&apos;affiche est servie à titre provisoire avec les données disponibles et la récupération se termine en arrière-plan (0 = aucun budget)</translation>
    </message>
    <message>
        <source>Extra attempts of an upstream GET after a 5xx or network error (jittered exponential backoff, never past the deadline)</source>
        <translation>Tentatives supplémentaires d&apos;un GET en amont après une erreur 5xx ou réseau (attente exponentielle avec gigue, jamais au-delà du délai maximal)</translation>
    </message>
    <message>
        <source>Delay before the first retry; doubles per attempt with 25% jitter, at most 4 s</source>
        <translation>Délai avant la première nouvelle tentative ; double à chaque tentative avec 25 % de gigue, 4 s au maximum</translation>
    </message>
    <message>
        <source>Upstream requests in flight per host at once (0 = unlimited)</source>
        <translation>Requêtes en amont simultanées par hôte (0 = illimité)</translation>
    </message>
    <message>
        <source>MDBList rating fetches in flight at once (0 = no cap)</source>
        <translation>Récupérations de notes MDBList simultanées (0 = aucune limite)</translation>
    </message>
    <message>
        <source>Consecutive failed requests that open a service&apos;s circuit breaker (fail fast; 0 = no breaker)</source>
        <translation>Requêtes échouées consécutives qui ouvrent le disjoncteur d&apos;un service (échec immédiat ; 0 = aucun disjoncteur)</translation>
    </message>
    <message>
        <source>How long an open breaker fails fast before one probe request may test the service</source>
        <translation>Durée pendant laquelle un disjoncteur ouvert échoue immédiatement avant qu&apos;une requête de test puisse sonder le service</translation>
    </message>
    <message>
        <source>Download the IMDb ratings dataset for imdb_rating_source=dataset or fallback</source>
        <translation>Télécharger le jeu de données des notes IMDb pour imdb_rating_source=dataset ou fallback</translation>
    </message>
    <message>
        <source>Where the gzip ratings TSV of the IMDb dataset is downloaded from</source>
        <translation>Adresse de téléchargement du TSV des notes (gzip) du jeu de données IMDb</translation>
    </message>
    <message>
        <source>SQLite file of the IMDb dataset; processes sharing it download it once</source>
        <translation>Fichier SQLite du jeu de données IMDb ; les processus qui le partagent ne le téléchargent qu&apos;une fois</translation>
    </message>
    <message>
        <source>Hours between IMDb dataset downloads (at least 1)</source>
        <translation>Heures entre deux téléchargements du jeu de données IMDb (au moins 1)</translation>
    </message>
    <message>
        <source>IMDb dataset rows with fewer votes than this are ignored</source>
        <translation>Les lignes du jeu de données IMDb ayant moins de votes que cette valeur sont ignorées</translation>
    </message>
    <message>
        <source>A theatrical release older than this many years counts as Streaming (0 = never)</source>
        <translation>Une sortie en salles plus ancienne que ce nombre d&apos;années compte comme Streaming (0 = jamais)</translation>
    </message>
    <message>
        <source>Daily HH:MM at which trending ranks are refreshed; empty = every 24 h</source>
        <translation>Heure quotidienne HH:MM de mise à jour des classements des tendances ; vide = toutes les 24 h</translation>
    </message>
    <message>
        <source>Time zone of TRENDING_FETCH_TIME</source>
        <translation>Fuseau horaire de TRENDING_FETCH_TIME</translation>
    </message>
    <message>
        <source>Trending ranks up to this number get the trending sash</source>
        <translation>Les classements des tendances jusqu&apos;à ce rang reçoivent le bandeau trending</translation>
    </message>
    <message>
        <source>Trending ranks up to this number get the trending_broad sash</source>
        <translation>Les classements des tendances jusqu&apos;à ce rang reçoivent le bandeau trending_broad</translation>
    </message>
    <message>
        <source>Custom movie trending list URL (TMDB-shaped or MDBList list JSON); empty = TMDB trending</source>
        <translation>URL d&apos;une liste personnalisée de films tendance (JSON au format TMDB ou liste MDBList) ; vide = tendances TMDB</translation>
    </message>
    <message>
        <source>Custom series trending list URL; empty = TMDB trending</source>
        <translation>URL d&apos;une liste personnalisée de séries tendance ; vide = tendances TMDB</translation>
    </message>
    <message>
        <source>Entries read from a custom trending list at most</source>
        <translation>Nombre maximal d&apos;entrées lues dans une liste de tendances personnalisée</translation>
    </message>
    <message>
        <source>Seconds fetched trending ranks stay valid</source>
        <translation>Durée de validité en secondes des classements des tendances récupérés</translation>
    </message>
    <message>
        <source>Where quality badge data comes from: aiostreams, scraper or qualicache</source>
        <translation>Provenance des données des badges de qualité : aiostreams, scraper ou qualicache</translation>
    </message>
    <message>
        <source>AIOStreams base URL (QUALITY_SOURCE=aiostreams); empty = no quality badges</source>
        <translation>URL de base d&apos;AIOStreams (QUALITY_SOURCE=aiostreams) ; vide = aucun badge de qualité</translation>
    </message>
    <message>
        <source>AIOStreams Basic credentials, base64 of uuid:password</source>
        <translation>Identifiants Basic d&apos;AIOStreams, uuid:password encodé en base64</translation>
    </message>
    <message>
        <source>Stremio addon manifest or stremio:// link (QUALITY_SOURCE=scraper); empty = no quality badges</source>
        <translation>Manifeste d&apos;un module complémentaire Stremio ou lien stremio:// (QUALITY_SOURCE=scraper) ; vide = aucun badge de qualité</translation>
    </message>
    <message>
        <source>QualiCache base URL (QUALITY_SOURCE=qualicache); empty = no quality badges</source>
        <translation>URL de base de QualiCache (QUALITY_SOURCE=qualicache) ; vide = aucun badge de qualité</translation>
    </message>
    <message>
        <source>QualiCache key, sent as X-API-Key</source>
        <translation>Clé QualiCache, envoyée dans X-API-Key</translation>
    </message>
    <message>
        <source>Lowest QualiCache trust level accepted: high, medium or low</source>
        <translation>Niveau de confiance QualiCache minimal accepté : high, medium ou low</translation>
    </message>
    <message>
        <source>Days quality data of titles older than 14 days is kept (newer titles: 1 day)</source>
        <translation>Jours de conservation des données de qualité des titres de plus de 14 jours (titres plus récents : 1 jour)</translation>
    </message>
    <message>
        <source>Background quality fetches running at once</source>
        <translation>Récupérations de qualité en arrière-plan exécutées simultanément</translation>
    </message>
    <message>
        <source>Seconds a wait_for_quality=true request waits for quality data</source>
        <translation>Secondes d&apos;attente des données de qualité pour une requête wait_for_quality=true</translation>
    </message>
    <message>
        <source>PostgreSQL connections kept open (DATABASE_URL postgres://)</source>
        <translation>Connexions PostgreSQL maintenues ouvertes (DATABASE_URL postgres://)</translation>
    </message>
    <message>
        <source>PostgreSQL connections at most; a query waits up to 10 s for a free one</source>
        <translation>Nombre maximal de connexions PostgreSQL ; une requête attend jusqu&apos;à 10 s qu&apos;une connexion se libère</translation>
    </message>
    <message>
        <source>Coordination between replicas (claims, leases, rate limits); empty = in-process</source>
        <translation>Coordination entre réplicas (réservations, baux, limites de requêtes) ; vide = dans le processus</translation>
    </message>
    <message>
        <source>Prefix of every Redis key</source>
        <translation>Préfixe de chaque clé Redis</translation>
    </message>
    <message>
        <source>Seconds between cache prunes (expired posters, old ratings and metadata); one replica prunes at a time</source>
        <translation>Secondes entre deux purges du cache (affiches expirées, anciennes notes et métadonnées) ; une seule réplica purge à la fois</translation>
    </message>
    <message>
        <source>Seconds after start before the first cache prune</source>
        <translation>Secondes après le démarrage avant la première purge du cache</translation>
    </message>
    <message>
        <source>Public (CDN) base of the object store: cached posters answer with a redirect there</source>
        <translation>Base publique (CDN) du stockage objet : les affiches en cache répondent par une redirection vers celle-ci</translation>
    </message>
    <message>
        <source>Access key id for an s3:// OBJECT_STORE_URL (empty = unsigned requests)</source>
        <translation>Identifiant de clé d&apos;accès pour un OBJECT_STORE_URL s3:// (vide = requêtes non signées)</translation>
    </message>
    <message>
        <source>Secret access key for an s3:// OBJECT_STORE_URL; never logged</source>
        <translation>Clé d&apos;accès secrète pour un OBJECT_STORE_URL s3:// ; jamais journalisée</translation>
    </message>
    <message>
        <source>Replaced or expired poster blobs are deleted this many seconds later (CDN links stay valid)</source>
        <translation>Les blobs d&apos;affiches remplacés ou expirés sont supprimés ce nombre de secondes plus tard (les liens CDN restent valides)</translation>
    </message>
    <message>
        <source>Longest max-age of a redirect to the CDN copy; also capped by the poster&apos;s expiry and kept below the grace</source>
        <translation>max-age maximal d&apos;une redirection vers la copie CDN ; également borné par l&apos;expiration de l&apos;affiche et maintenu sous le délai de grâce</translation>
    </message>
    <message>
        <source>Threads accepting and answering HTTP requests (cache hits are answered on them); 0 = one per core, at most 4</source>
        <translation>Threads qui acceptent les requêtes HTTP et y répondent (les réponses en cache sont servies par eux) ; 0 = un par cœur, au plus 4</translation>
    </message>
</context>
<context>
    <name>Marquee::Config::PosterUrlCodec</name>
    <message>
        <source>Not a valid URL</source>
        <translation>Ce n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <source>Not a poster URL (expected /poster?…, /p/{preset}/{type}/{id}.jpg or /{key}/imdb/poster-default/{id}.jpg)</source>
        <translation>Ce n&apos;est pas une URL d&apos;affiche (attendu : /poster?…, /p/{preset}/{type}/{id}.jpg ou /{key}/imdb/poster-default/{id}.jpg)</translation>
    </message>
</context>
<context>
    <name>Marquee::ContactSheet</name>
    <message>
        <source>Score Bar</source>
        <translation>Barre de score</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Épuré</translation>
    </message>
    <message>
        <source>Minimalist</source>
        <translation>Minimaliste</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Classique</translation>
    </message>
    <message>
        <source>Six-band</source>
        <translation>Six bandes</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>Métallique</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Presets × sample titles</source>
        <translation>Préréglages × titres d&apos;exemple</translation>
    </message>
    <message>
        <source>rating_display_mode × score_color_mode (%1)</source>
        <translation>rating_display_mode × score_color_mode (%1)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>%1: the rendered poster could not be decoded</source>
        <translation>%1 : impossible de décoder l&apos;affiche générée</translation>
    </message>
    <message>
        <source>Marquee contact sheet</source>
        <translation>Planche contact Marquee</translation>
    </message>
    <message>
        <source>marqueed %1 · bundled sample library · posters %2×%3 shown at half size</source>
        <translation>marqueed %1 · bibliothèque d&apos;exemples fournie · affiches de %2×%3 réduites de moitié</translation>
    </message>
    <message>
        <source>Hidden (palettes do not apply)</source>
        <translation>Masquée (les palettes ne s&apos;appliquent pas)</translation>
    </message>
    <message>
        <source>Frosted Bar with its rating stripe (bar_style=rating_frosted, bar_accent=palette_N)</source>
        <translation>Barre givrée avec sa bande de note (bar_style=rating_frosted, bar_accent=palette_N)</translation>
    </message>
    <message>
        <source>Fallback canvas (no art) × genre</source>
        <translation>Canevas de repli (sans visuel) × genre</translation>
    </message>
    <message>
        <source>fallback_bg_style: titles without any art</source>
        <translation>fallback_bg_style : titres sans aucun visuel</translation>
    </message>
</context>
<context>
    <name>Marquee::Coordination</name>
    <message>
        <source>REDIS_URL: &apos;%1&apos; is not a database number (in %2)</source>
        <translation>REDIS_URL : &apos;%1&apos; n&apos;est pas un numéro de base de données (dans %2)</translation>
    </message>
    <message>
        <source>REDIS_URL: a unix:// URL needs an absolute socket path, as in unix:///run/redis/redis.sock (got %1)</source>
        <translation>REDIS_URL : une URL unix:// exige un chemin de socket absolu, comme unix:///run/redis/redis.sock (reçu : %1)</translation>
    </message>
    <message>
        <source>REDIS_URL: no host in %1</source>
        <translation>REDIS_URL : aucun hôte dans %1</translation>
    </message>
    <message>
        <source>REDIS_URL: invalid port in %1</source>
        <translation>REDIS_URL : port non valide dans %1</translation>
    </message>
    <message>
        <source>Redis at %1: %2</source>
        <translation>Redis sur %1 : %2</translation>
    </message>
    <message>
        <source>Redis at %1 answered PING with &apos;%2&apos;</source>
        <translation>Redis sur %1 a répondu à PING par &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>Marquee::Coordination::RedisEndpoint</name>
    <message>
        <source>REDIS_URL: not a valid URL</source>
        <translation>REDIS_URL : ce n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <source>REDIS_URL: rediss:// (TLS) is not supported by this build (hiredis without TLS); use redis:// through a local TLS tunnel such as stunnel</source>
        <translation>REDIS_URL : rediss:// (TLS) n&apos;est pas pris en charge par cette version (hiredis sans TLS) ; utilisez redis:// via un tunnel TLS local tel que stunnel</translation>
    </message>
    <message>
        <source>REDIS_URL: unsupported scheme &apos;%1&apos; (use redis:// or unix://, or leave it empty for in-process coordination)</source>
        <translation>REDIS_URL : schéma &apos;%1&apos; non pris en charge (utilisez redis:// ou unix://, ou laissez-le vide pour une coordination dans le processus)</translation>
    </message>
</context>
<context>
    <name>Marquee::Daemon</name>
    <message>
        <source>MARQUEE_HOST: &apos;%1&apos; is not an IP address (use 127.0.0.1, 0.0.0.0, ::1 or localhost)</source>
        <translation>MARQUEE_HOST : &apos;%1&apos; n&apos;est pas une adresse IP (utilisez 127.0.0.1, 0.0.0.0, ::1 ou localhost)</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>Impossible de créer le répertoire %1</translation>
    </message>
    <message>
        <source>The bundled fonts could not be loaded</source>
        <translation>Impossible de charger les polices fournies</translation>
    </message>
    <message>
        <source>MARQUEE_HOST: &apos;%1&apos; is not an IP address</source>
        <translation>MARQUEE_HOST : &apos;%1&apos; n&apos;est pas une adresse IP</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::AccessGate</name>
    <message>
        <source>Custom posters are not available on this instance; use a /p/{preset}/{type}/{imdb_id}.jpg preset URL.</source>
        <translation>Les affiches personnalisées ne sont pas disponibles sur cette instance ; utilisez une URL de préréglage /p/{preset}/{type}/{imdb_id}.jpg.</translation>
    </message>
    <message>
        <source>Unauthorized, your access key is not valid for this instance.</source>
        <translation>Non autorisé : votre clé d&apos;accès n&apos;est pas valide pour cette instance.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::DebugCanvasRoute</name>
    <message>
        <source>Title too long</source>
        <translation>Titre trop long</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::ErrorResponse</name>
    <message>
        <source>Invalid request</source>
        <translation>Requête non valide</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Unauthorized, your access key is not valid for this instance.</source>
        <translation>Non autorisé : votre clé d&apos;accès n&apos;est pas valide pour cette instance.</translation>
    </message>
    <message>
        <source>Rate limit exceeded</source>
        <translation>Limite de requêtes dépassée</translation>
    </message>
    <message>
        <source>Server saturated — try again shortly</source>
        <translation>Serveur saturé — réessayez sous peu</translation>
    </message>
    <message>
        <source>The server is not configured for this request</source>
        <translation>Le serveur n&apos;est pas configuré pour cette requête</translation>
    </message>
    <message>
        <source>Upstream request timed out</source>
        <translation>Délai d&apos;attente dépassé pour la requête en amont</translation>
    </message>
    <message>
        <source>Upstream error %1</source>
        <translation>Erreur en amont %1</translation>
    </message>
    <message>
        <source>Failed to build poster</source>
        <translation>Impossible de générer l&apos;affiche</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::HttpService</name>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Impossible d&apos;écouter sur %1:%2 : %3</translation>
    </message>
    <message>
        <source>Cannot share the listening socket: %1</source>
        <translation>Impossible de partager le socket d&apos;écoute : %1</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::PresetApiRoutes</name>
    <message>
        <source>The request body is larger than 16 KiB</source>
        <translation>Le corps de la requête dépasse 16 Kio</translation>
    </message>
    <message>
        <source>The body must be a JSON object like {&quot;query&quot;: &quot;rating_display_mode=4&quot;}</source>
        <translation>Le corps doit être un objet JSON tel que {&quot;query&quot;: &quot;rating_display_mode=4&quot;}</translation>
    </message>
    <message>
        <source>The body needs a string field &quot;query&quot;</source>
        <translation>Le corps doit contenir un champ texte &quot;query&quot;</translation>
    </message>
    <message>
        <source>Without ACCESS_KEY the preset API only answers clients on this machine; set ACCESS_KEY to manage presets remotely.</source>
        <translation>Sans ACCESS_KEY, l&apos;API des préréglages ne répond qu&apos;aux clients de cette machine ; définissez ACCESS_KEY pour gérer les préréglages à distance.</translation>
    </message>
    <message>
        <source>No user preset named &apos;%1&apos;</source>
        <translation>Aucun préréglage utilisateur nommé &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in preset id; choose another name</source>
        <translation>&apos;%1&apos; est l&apos;identifiant d&apos;un préréglage intégré ; choisissez un autre nom</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::ProbeRoutes</name>
    <message>
        <source>Not ready: %1</source>
        <translation>Pas prêt : %1</translation>
    </message>
    <message>
        <source>Coordinator unreachable; serving without it (fail-open)</source>
        <translation>Coordinateur injoignable ; service assuré sans lui (fail-open)</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::RateLimiter</name>
    <message>
        <source>Rate limit exceeded (%1 req/s)</source>
        <translation>Limite de requêtes dépassée (%1 req/s)</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::RouteContext</name>
    <message>
        <source>Method not allowed</source>
        <translation>Méthode non autorisée</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::RpdbRoutes</name>
    <message>
        <source>Invalid id (imdb: tt…; tmdb: movie-&lt;id&gt;, series-&lt;id&gt; or &lt;id&gt;)</source>
        <translation>Identifiant non valide (imdb : tt… ; tmdb : movie-&lt;id&gt;, series-&lt;id&gt; ou &lt;id&gt;)</translation>
    </message>
    <message>
        <source>Unknown preset or access key</source>
        <translation>Préréglage ou clé d&apos;accès inconnu</translation>
    </message>
    <message>
        <source>TVDB ids cannot be resolved by this server; use the imdb or tmdb form</source>
        <translation>Ce serveur ne peut pas résoudre les identifiants TVDB ; utilisez la forme imdb ou tmdb</translation>
    </message>
    <message>
        <source>Invalid id source (imdb|tmdb|tvdb)</source>
        <translation>Source d&apos;identifiant non valide (imdb|tmdb|tvdb)</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::ServingSwitch</name>
    <message>
        <source>Poster serving is paused by the operator; try again later</source>
        <translation>La diffusion des affiches est suspendue par l&apos;opérateur ; réessayez plus tard</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::TmdbProxyRoutes</name>
    <message>
        <source>Invalid type (movie|tv)</source>
        <translation>Type non valide (movie|tv)</translation>
    </message>
    <message>
        <source>Missing required parameter: tmdb_id</source>
        <translation>Paramètre obligatoire manquant : tmdb_id</translation>
    </message>
    <message>
        <source>Invalid tmdb_id</source>
        <translation>tmdb_id non valide</translation>
    </message>
    <message>
        <source>Missing required parameter: q</source>
        <translation>Paramètre obligatoire manquant : q</translation>
    </message>
    <message>
        <source>Query too long</source>
        <translation>Recherche trop longue</translation>
    </message>
    <message>
        <source>No TMDB API key available. Either provide tmdb_key= or set TMDB_API_KEY on the server.</source>
        <translation>Aucune clé d&apos;API TMDB disponible. Fournissez tmdb_key= ou définissez TMDB_API_KEY sur le serveur.</translation>
    </message>
    <message>
        <source>TMDB could not be reached</source>
        <translation>Impossible de joindre TMDB</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::WebRoute</name>
    <message>
        <source>Open this page with ?access_key=… appended to the address.</source>
        <translation>Ouvrez cette page en ajoutant ?access_key=… à l&apos;adresse.</translation>
    </message>
    <message>
        <source>Configurator not found</source>
        <translation>Configurateur introuvable</translation>
    </message>
</context>
<context>
    <name>Marquee::MigrateStorageCommand</name>
    <message>
        <source>The SQLite cache database to read (e.g. &lt;cache dir&gt;/cache.db).</source>
        <translation>La base de données de cache SQLite à lire (p. ex. &lt;répertoire du cache&gt;/cache.db).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The PostgreSQL database to fill (postgres:// or postgresql:// URL).</source>
        <translation>La base de données PostgreSQL à remplir (URL postgres:// ou postgresql://).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Give both --from &lt;cache.db&gt; and --to &lt;postgres url&gt;; see marqueed migrate-storage --help</source>
        <translation>Indiquez à la fois --from &lt;cache.db&gt; et --to &lt;url postgres&gt; ; voir marqueed migrate-storage --help</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <source>--from: no SQLite database at %1</source>
        <translation>--from : aucune base de données SQLite dans %1</translation>
    </message>
    <message>
        <source>--to: not a postgres:// or postgresql:// URL</source>
        <translation>--to : ce n&apos;est pas une URL postgres:// ou postgresql://</translation>
    </message>
    <message>
        <source>migrate-storage: %1 %2/%3</source>
        <translation>migrate-storage : %1 %2/%3</translation>
    </message>
    <message>
        <source>Copies an SQLite cache database into PostgreSQL: ratings, metadata, the IMDb→TMDB map, composite rows, user presets and the keyed cache. Existing rows are overwritten (upserts), so running it again is harmless. Poster images (blobs) are not copied: they stay in the object store or cache folder the composite rows point at, so the new replicas must use the same OBJECT_STORE_URL (or a copy of it).</source>
        <translation>Copie une base de données de cache SQLite dans PostgreSQL : notes, métadonnées, correspondance IMDb→TMDB, lignes des compositions, préréglages utilisateur et cache par clé. Les lignes existantes sont écrasées (upserts) : le relancer est donc sans risque. Les images des affiches (blobs) ne sont pas copiées : elles restent dans le stockage objet ou le dossier de cache vers lequel pointent les lignes des compositions ; les nouvelles réplicas doivent donc utiliser le même OBJECT_STORE_URL (ou une copie de celui-ci).</translation>
    </message>
    <message>
        <source>copied %1 rows to %2 (%3)</source>
        <translation>%1 lignes copiées vers %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Marquee::Net::HttpClient</name>
    <message>
        <source>Invalid upstream URL</source>
        <translation>URL amont non valide</translation>
    </message>
    <message>
        <source>Upstream request timed out</source>
        <translation>Délai d&apos;attente dépassé pour la requête en amont</translation>
    </message>
    <message>
        <source>Upstream response too large</source>
        <translation>Réponse en amont trop volumineuse</translation>
    </message>
    <message>
        <source>Upstream connection failed</source>
        <translation>Échec de la connexion en amont</translation>
    </message>
    <message>
        <source>Upstream did not answer within the deadline</source>
        <translation>Le service en amont n&apos;a pas répondu dans le délai imparti</translation>
    </message>
    <message>
        <source>Too many upstream requests in flight to this host</source>
        <translation>Trop de requêtes en amont en cours vers cet hôte</translation>
    </message>
    <message>
        <source>Upstream temporarily unavailable (circuit open)</source>
        <translation>Service en amont temporairement indisponible (disjoncteur ouvert)</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::GenreLabel</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Adventure</source>
        <translation>Aventure</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Comedy</source>
        <translation>Comédie</translation>
    </message>
    <message>
        <source>Crime</source>
        <translation>Policier</translation>
    </message>
    <message>
        <source>Documentary</source>
        <translation>Documentaire</translation>
    </message>
    <message>
        <source>Drama</source>
        <translation>Drame</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Fantasy</source>
        <translation>Fantastique</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histoire</translation>
    </message>
    <message>
        <source>Horror</source>
        <translation>Horreur</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musique</translation>
    </message>
    <message>
        <source>Mystery</source>
        <translation>Mystère</translation>
    </message>
    <message>
        <source>Romance</source>
        <translation>Romance</translation>
    </message>
    <message>
        <source>Sci-Fi</source>
        <translation>Science-fiction</translation>
    </message>
    <message>
        <source>Thriller</source>
        <translation>Thriller</translation>
    </message>
    <message>
        <source>War</source>
        <translation>Guerre</translation>
    </message>
    <message>
        <source>Western</source>
        <translation>Western</translation>
    </message>
    <message>
        <source>Kids</source>
        <translation>Jeunesse</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Actualités</translation>
    </message>
    <message>
        <source>Reality</source>
        <translation>Téléréalité</translation>
    </message>
    <message>
        <source>Soap</source>
        <translation>Feuilleton</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Talk-show</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::ImageCache</name>
    <message>
        <source>Unreadable image: %1</source>
        <translation>Image illisible : %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>larger than 20 MB</source>
        <translation>plus de 20 Mo</translation>
    </message>
    <message>
        <source>%1×%2 exceeds 6000×6000</source>
        <translation>%1×%2 dépasse 6000×6000</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::ImdbDatasetJob</name>
    <message>
        <source>Cannot write the IMDb dataset download to %1</source>
        <translation>Impossible d&apos;écrire le téléchargement du jeu de données IMDb dans %1</translation>
    </message>
    <message>
        <source>The IMDb dataset download was stopped</source>
        <translation>Le téléchargement du jeu de données IMDb a été interrompu</translation>
    </message>
    <message>
        <source>The IMDb dataset download is larger than %1 bytes</source>
        <translation>Le téléchargement du jeu de données IMDb dépasse %1 octets</translation>
    </message>
    <message>
        <source>The IMDb dataset download timed out (%1)</source>
        <translation>Délai d&apos;attente dépassé pour le téléchargement du jeu de données IMDb (%1)</translation>
    </message>
    <message>
        <source>The IMDb dataset download failed with status %1 (%2)</source>
        <translation>Échec du téléchargement du jeu de données IMDb avec le statut %1 (%2)</translation>
    </message>
    <message>
        <source>The IMDb dataset download failed (%1)</source>
        <translation>Échec du téléchargement du jeu de données IMDb (%1)</translation>
    </message>
    <message>
        <source>IMDB_DATASET_URL is not a valid URL</source>
        <translation>IMDB_DATASET_URL n&apos;est pas une URL valide</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::InFlightRenders</name>
    <message>
        <source>Failed to build poster</source>
        <translation>Impossible de générer l&apos;affiche</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::MdbListKeyRotation</name>
    <message>
        <source>All MDBList keys are cooling down</source>
        <translation>Toutes les clés MDBList sont en pause temporaire</translation>
    </message>
    <message>
        <source>MDBList rate limit reached</source>
        <translation>Limite de requêtes MDBList atteinte</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::MetadataCache</name>
    <message>
        <source>Upstream request timed out</source>
        <translation>Délai d&apos;attente dépassé pour la requête en amont</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::PosterEncoder</name>
    <message>
        <source>Cannot encode poster: %1</source>
        <translation>Impossible d&apos;encoder l&apos;affiche : %1</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::PosterPipeline</name>
    <message>
        <source>Title not found on TMDB</source>
        <translation>Titre introuvable sur TMDB</translation>
    </message>
    <message>
        <source>Poster image not found on TMDB</source>
        <translation>Image d&apos;affiche introuvable sur TMDB</translation>
    </message>
    <message>
        <source>No logo available</source>
        <translation>Aucun logo disponible</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::PreviewRenderer</name>
    <message>
        <source>Title not in the local library (a TMDB key renders any title)</source>
        <translation>Titre absent de la bibliothèque locale (une clé TMDB permet de générer n&apos;importe quel titre)</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::RenderSlots</name>
    <message>
        <source>Server saturated — try again shortly</source>
        <translation>Serveur saturé — réessayez sous peu</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::TitleResolver</name>
    <message>
        <source>Missing required parameter: tmdb_id. Add tmdb_id={tmdb_id} to the URL.</source>
        <translation>Paramètre obligatoire manquant : tmdb_id. Ajoutez tmdb_id={tmdb_id} à l&apos;URL.</translation>
    </message>
    <message>
        <source>Server TMDB key not configured</source>
        <translation>Clé TMDB du serveur non configurée</translation>
    </message>
    <message>
        <source>No TMDB API key available. Either provide tmdb_key= or set TMDB_API_KEY on the server.</source>
        <translation>Aucune clé d&apos;API TMDB disponible. Fournissez tmdb_key= ou définissez TMDB_API_KEY sur le serveur.</translation>
    </message>
    <message>
        <source>No TMDB %1 found for imdb_id %2</source>
        <translation>Aucun résultat TMDB de type %1 pour imdb_id %2</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::TrendingJob</name>
    <message>
        <source>No TMDB API key configured</source>
        <translation>Aucune clé d&apos;API TMDB configurée</translation>
    </message>
</context>
<context>
    <name>Marquee::Presets</name>
    <message>
        <source>Tinted Minimalist Notch</source>
        <translation>Encoche minimaliste teintée</translation>
    </message>
    <message>
        <source>Tinted vignette with minimal rating mode displaying the rating color (gold, silver, bronze) genre and year. A matching notch at the top displays interesting information.</source>
        <translation>Vignette teintée avec un mode de note minimal affichant la couleur de la note (or, argent, bronze), le genre et l&apos;année. Une encoche assortie en haut affiche des informations intéressantes.</translation>
    </message>
    <message>
        <source>Tinted Minimalist Sash</source>
        <translation>Bandeau minimaliste teinté</translation>
    </message>
    <message>
        <source>Tinted vignette with the minimal rating line (score-coloured mark, genre and year) and a diagonal corner sash for awards and other highlights.</source>
        <translation>Vignette teintée avec la ligne de note minimale (repère coloré selon la note, genre et année) et un bandeau diagonal en coin pour les récompenses et autres points forts.</translation>
    </message>
    <message>
        <source>Bar with matching notch</source>
        <translation>Barre avec encoche assortie</translation>
    </message>
    <message>
        <source>Notch and bar sampled from the posters colour, clean and easy to read.</source>
        <translation>Encoche et barre reprenant la couleur de l&apos;affiche, nettes et faciles à lire.</translation>
    </message>
    <message>
        <source>Bar with matching sash</source>
        <translation>Barre avec bandeau assorti</translation>
    </message>
    <message>
        <source>Bottom bar and diagonal corner sash both tinted from the poster&apos;s own colours.</source>
        <translation>Barre inférieure et bandeau diagonal en coin, tous deux teintés des couleurs de l&apos;affiche.</translation>
    </message>
    <message>
        <source>Rating Bar with Notch</source>
        <translation>Barre de note avec encoche</translation>
    </message>
    <message>
        <source>The bar at the bottom is colored based on the rating for &apos;at a glance&apos; ratings, along with a notch sampled from the posters colour at the top.</source>
        <translation>La barre du bas prend une couleur selon la note pour une lecture en un coup d&apos;œil, avec en haut une encoche reprenant la couleur de l&apos;affiche.</translation>
    </message>
    <message>
        <source>Rating Bar with Sash</source>
        <translation>Barre de note avec bandeau</translation>
    </message>
    <message>
        <source>A score-coloured rating bar for quick reading, with a diagonal corner sash for highlights.</source>
        <translation>Une barre de note colorée selon le score pour une lecture rapide, avec un bandeau diagonal en coin pour les points forts.</translation>
    </message>
    <message>
        <source>Clean Notch</source>
        <translation>Encoche épurée</translation>
    </message>
    <message>
        <source>One clean line with genre and score under the logo, and a notch at the top tinted from the poster.</source>
        <translation>Une ligne épurée avec le genre et la note sous le logo, et une encoche en haut teintée d&apos;après l&apos;affiche.</translation>
    </message>
    <message>
        <source>Clean Sash</source>
        <translation>Bandeau épuré</translation>
    </message>
    <message>
        <source>One clean line with genre and score under the logo, and a diagonal corner sash for highlights.</source>
        <translation>Une ligne épurée avec le genre et la note sous le logo, et un bandeau diagonal en coin pour les points forts.</translation>
    </message>
    <message>
        <source>Original Art - Mini &amp; Sash</source>
        <translation>Visuel original - Mini et bandeau</translation>
    </message>
    <message>
        <source>The official poster with its own title treatment, a minimal rating line and a diagonal corner sash.</source>
        <translation>L&apos;affiche officielle avec son propre traitement du titre, une ligne de note minimale et un bandeau diagonal en coin.</translation>
    </message>
    <message>
        <source>Original Art - Bar &amp; Notch</source>
        <translation>Visuel original - Barre et encoche</translation>
    </message>
    <message>
        <source>The official poster with its own title treatment, a bar and a matching notch sampled from its colours.</source>
        <translation>L&apos;affiche officielle avec son propre traitement du titre, une barre et une encoche assortie reprenant ses couleurs.</translation>
    </message>
    <message>
        <source>Retired style, kept so existing URLs keep working.</source>
        <translation>Style retiré, conservé pour que les URL existantes continuent de fonctionner.</translation>
    </message>
    <message>
        <source>Prestige Rating Bar</source>
        <translation>Barre de note Prestige</translation>
    </message>
    <message>
        <source>Light Rating Bar</source>
        <translation>Barre de note claire</translation>
    </message>
    <message>
        <source>Minimalist</source>
        <translation>Minimaliste</translation>
    </message>
    <message>
        <source>Frosted Notch</source>
        <translation>Encoche givrée</translation>
    </message>
    <message>
        <source>Black Rating Bar, Light Notch</source>
        <translation>Barre de note noire, encoche claire</translation>
    </message>
    <message>
        <source>Black Rating Bar (Original Art)</source>
        <translation>Barre de note noire (visuel original)</translation>
    </message>
    <message>
        <source>Frosted Rating Bar (Original Art)</source>
        <translation>Barre de note givrée (visuel original)</translation>
    </message>
    <message>
        <source>Minimalist (Original Art)</source>
        <translation>Minimaliste (visuel original)</translation>
    </message>
</context>
<context>
    <name>Marquee::Presets::PresetResolver</name>
    <message>
        <source>A preset name is 1–40 characters of a–z, 0–9, &apos;_&apos; or &apos;-&apos;</source>
        <translation>Un nom de préréglage compte de 1 à 40 caractères parmi a–z, 0–9, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation>Préréglage inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The preset query is longer than %1 characters</source>
        <translation>La requête du préréglage dépasse %1 caractères</translation>
    </message>
    <message>
        <source>Unknown parameter &apos;%1&apos; in the preset query</source>
        <translation>Paramètre inconnu &apos;%1&apos; dans la requête du préréglage</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in preset id and cannot be redefined</source>
        <translation>&apos;%1&apos; est l&apos;identifiant d&apos;un préréglage intégré et ne peut pas être redéfini</translation>
    </message>
</context>
<context>
    <name>Marquee::RenderCommand</name>
    <message>
        <source>File to write (default &lt;ID&gt;.jpg, or contact-sheet.png).</source>
        <translation>Fichier à écrire (par défaut &lt;ID&gt;.jpg, ou contact-sheet.png).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Render with this preset&apos;s parameters.</source>
        <translation>Effectue le rendu avec les paramètres de ce préréglage.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>movie (default) or tv.</source>
        <translation>movie (par défaut) ou tv.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>/poster parameters applied on top of the preset, e.g. &quot;shape=landscape&amp;rating_display_mode=3&quot;.</source>
        <translation>Paramètres de /poster appliqués par-dessus le préréglage, p. ex. &quot;shape=landscape&amp;rating_display_mode=3&quot;.</translation>
    </message>
    <message>
        <source>k=v&amp;…</source>
        <translation>k=v&amp;…</translation>
    </message>
    <message>
        <source>INI file with settings; environment variables override it.</source>
        <translation>Fichier INI de paramètres ; les variables d&apos;environnement priment sur celui-ci.</translation>
    </message>
    <message>
        <source>Data directory (MARQUEE_DATA_DIR).</source>
        <translation>Répertoire des données (MARQUEE_DATA_DIR).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>répertoire</translation>
    </message>
    <message>
        <source>Cache directory (MARQUEE_CACHE_DIR).</source>
        <translation>Répertoire du cache (MARQUEE_CACHE_DIR).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>wrote %1 (%2×%3, %4 bytes)</source>
        <translation>%1 écrit (%2×%3, %4 octets)</translation>
    </message>
    <message>
        <source>Cannot encode the contact sheet as PNG</source>
        <translation>Impossible d&apos;encoder la planche contact en PNG</translation>
    </message>
    <message>
        <source>Renders one poster to a file through the daemon&apos;s pipeline and settings.</source>
        <translation>Génère une affiche dans un fichier via la chaîne de rendu et les paramètres du démon.</translation>
    </message>
    <message>
        <source>tt…, a TMDB id or tmdb:&lt;id&gt; (not with --contact-sheet).</source>
        <translation>tt…, un identifiant TMDB ou tmdb:&lt;id&gt; (incompatible avec --contact-sheet).</translation>
    </message>
    <message>
        <source>--contact-sheet takes no ID</source>
        <translation>--contact-sheet n&apos;accepte aucun identifiant</translation>
    </message>
    <message>
        <source>Give exactly one ID (tt…, a TMDB id or tmdb:&lt;id&gt;); see marqueed render --help</source>
        <translation>Indiquez exactement un identifiant (tt…, un identifiant TMDB ou tmdb:&lt;id&gt;) ; voir marqueed render --help</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation>Préréglage inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Write a PNG grid of every preset, every rating mode × palette and the fallback canvases instead.</source>
        <translation>Écrit à la place une grille PNG de tous les préréglages, de tous les modes de note × palette et des canevas de repli.</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources</name>
    <message>
        <source>IMDb dataset database error (%1): %2</source>
        <translation>Erreur de la base de données du jeu de données IMDb (%1) : %2</translation>
    </message>
    <message>
        <source>Cannot open the IMDb dataset at %1</source>
        <translation>Impossible d&apos;ouvrir le jeu de données IMDb dans %1</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::ImdbDataset</name>
    <message>
        <source>Cannot read the IMDb dataset download</source>
        <translation>Impossible de lire le téléchargement du jeu de données IMDb</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::Importer</name>
    <message>
        <source>The IMDb dataset is not a ratings TSV</source>
        <translation>Le jeu de données IMDb n&apos;est pas un TSV de notes</translation>
    </message>
    <message>
        <source>The IMDb dataset download is damaged: %1</source>
        <translation>Le téléchargement du jeu de données IMDb est endommagé : %1</translation>
    </message>
    <message>
        <source>The IMDb dataset holds no usable rating</source>
        <translation>Le jeu de données IMDb ne contient aucune note exploitable</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::LocalLibrary</name>
    <message>
        <source>%1: library folder not found</source>
        <translation>%1 : dossier de bibliothèque introuvable</translation>
    </message>
    <message>
        <source>%1: cannot read the file or it is empty</source>
        <translation>%1 : fichier illisible ou vide</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: duplicate of a title already in the library, skipped</source>
        <translation>%1 : doublon d&apos;un titre déjà présent dans la bibliothèque, ignoré</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::MdbListSource</name>
    <message>
        <source>Invalid IMDb id</source>
        <translation>Identifiant IMDb non valide</translation>
    </message>
    <message>
        <source>Title has neither an IMDb nor a TMDB id</source>
        <translation>Le titre n&apos;a ni identifiant IMDb ni identifiant TMDB</translation>
    </message>
    <message>
        <source>No MDBList API key configured</source>
        <translation>Aucune clé d&apos;API MDBList configurée</translation>
    </message>
    <message>
        <source>MDBList rate limit reached</source>
        <translation>Limite de requêtes MDBList atteinte</translation>
    </message>
    <message>
        <source>MDBList daily request quota used up</source>
        <translation>Quota quotidien de requêtes MDBList épuisé</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::NfoReader</name>
    <message>
        <source>XML error at line %1: %2</source>
        <translation>Erreur XML à la ligne %1 : %2</translation>
    </message>
    <message>
        <source>not an XML document</source>
        <translation>n&apos;est pas un document XML</translation>
    </message>
    <message>
        <source>root element is not &lt;movie&gt; or &lt;tvshow&gt;</source>
        <translation>l&apos;élément racine n&apos;est ni &lt;movie&gt; ni &lt;tvshow&gt;</translation>
    </message>
    <message>
        <source>no &lt;title&gt;</source>
        <translation>&lt;title&gt; manquant</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::QualitySource</name>
    <message>
        <source>%1 error %2</source>
        <translation>Erreur %2 de %1</translation>
    </message>
    <message>
        <source>%1 sent malformed JSON</source>
        <translation>%1 a renvoyé un JSON mal formé</translation>
    </message>
    <message>
        <source>%1 reported a failure</source>
        <translation>%1 a signalé un échec</translation>
    </message>
    <message>
        <source>QualiCache rejected the API key (401): check QUALICACHE_API_KEY</source>
        <translation>QualiCache a refusé la clé d&apos;API (401) : vérifiez QUALICACHE_API_KEY</translation>
    </message>
    <message>
        <source>QualiCache answered an unknown status</source>
        <translation>QualiCache a répondu avec un statut inconnu</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::TmdbSource</name>
    <message>
        <source>No TMDB API key configured</source>
        <translation>Aucune clé d&apos;API TMDB configurée</translation>
    </message>
    <message>
        <source>Invalid IMDb id</source>
        <translation>Identifiant IMDb non valide</translation>
    </message>
    <message>
        <source>No TMDB %1 found for imdb_id %2</source>
        <translation>Aucun résultat TMDB de type %1 pour imdb_id %2</translation>
    </message>
    <message>
        <source>Invalid TMDB id</source>
        <translation>Identifiant TMDB non valide</translation>
    </message>
    <message>
        <source>Title not found on TMDB</source>
        <translation>Titre introuvable sur TMDB</translation>
    </message>
    <message>
        <source>Invalid image path</source>
        <translation>Chemin d&apos;image non valide</translation>
    </message>
    <message>
        <source>Invalid image size</source>
        <translation>Taille d&apos;image non valide</translation>
    </message>
    <message>
        <source>Poster image not found on TMDB</source>
        <translation>Image d&apos;affiche introuvable sur TMDB</translation>
    </message>
    <message>
        <source>Upstream sent an empty image</source>
        <translation>Le service en amont a renvoyé une image vide</translation>
    </message>
    <message>
        <source>Invalid trending window</source>
        <translation>Fenêtre de tendances non valide</translation>
    </message>
    <message>
        <source>No trending list on TMDB</source>
        <translation>Aucune liste de tendances sur TMDB</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::TrendingSource</name>
    <message>
        <source>Trending list is neither TMDB nor MDBList JSON</source>
        <translation>La liste de tendances n&apos;est ni un JSON TMDB ni un JSON MDBList</translation>
    </message>
    <message>
        <source>No TMDB source for trending</source>
        <translation>Aucune source TMDB pour les tendances</translation>
    </message>
    <message>
        <source>Invalid trending list URL</source>
        <translation>URL de la liste de tendances non valide</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::Upstream</name>
    <message>
        <source>Upstream error %1</source>
        <translation>Erreur en amont %1</translation>
    </message>
    <message>
        <source>Upstream sent malformed JSON</source>
        <translation>Le service en amont a renvoyé un JSON mal formé</translation>
    </message>
</context>
<context>
    <name>Marquee::Storage</name>
    <message>
        <source>Cannot open the cache database: %1</source>
        <translation>Impossible d&apos;ouvrir la base de données du cache : %1</translation>
    </message>
    <message>
        <source>Cache database error: %1</source>
        <translation>Erreur de la base de données du cache : %1</translation>
    </message>
    <message>
        <source>no database connection became free within %1 ms (DB_POOL_MAX_SIZE %2)</source>
        <translation>aucune connexion à la base de données ne s&apos;est libérée en %1 ms (DB_POOL_MAX_SIZE %2)</translation>
    </message>
    <message>
        <source>PostgreSQL (%1): %2</source>
        <translation>PostgreSQL (%1) : %2</translation>
    </message>
    <message>
        <source>copying %1: %2</source>
        <translation>copie de %1 : %2</translation>
    </message>
    <message>
        <source>no SQLite database at %1</source>
        <translation>aucune base de données SQLite dans %1</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>DATABASE_URL: unsupported scheme &quot;%1&quot; (use postgres:// or postgresql://, or leave it empty for SQLite)</source>
        <translation>DATABASE_URL : schéma &quot;%1&quot; non pris en charge (utilisez postgres:// ou postgresql://, ou laissez-le vide pour SQLite)</translation>
    </message>
    <message>
        <source>DATABASE_URL: cannot open the database: %1</source>
        <translation>DATABASE_URL : impossible d&apos;ouvrir la base de données : %1</translation>
    </message>
</context>
<context>
    <name>Marquee::Tray::TrayController</name>
    <message>
        <source>--tray: no system tray is available on this display; running headless.</source>
        <translation>--tray : aucune zone de notification n&apos;est disponible sur cet écran ; exécution sans interface.</translation>
    </message>
    <message>
        <source>Open configurator</source>
        <translation>Ouvrir le configurateur</translation>
    </message>
    <message>
        <source>Copy poster URL</source>
        <translation>Copier l&apos;URL de l&apos;affiche</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <source>Pause serving</source>
        <translation>Suspendre le service</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Resume serving</source>
        <translation>Reprendre le service</translation>
    </message>
</context>
<context>
    <name>Marquee::Tray::TrayStatus</name>
    <message>
        <source>Paused (posters answer 503) — %1</source>
        <translation>En pause (les affiches répondent 503) — %1</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>À l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>Renders: %1 (%2 in flight)</source>
        <translation>Rendus : %1 (%2 en cours)</translation>
    </message>
    <message>
        <source>Renders: %1</source>
        <translation>Rendus : %1</translation>
    </message>
    <message>
        <source>%1 in memory (%2)</source>
        <translation>%1 en mémoire (%2)</translation>
    </message>
    <message>
        <source>Cache: storage unavailable · %1</source>
        <translation>Cache : stockage indisponible · %1</translation>
    </message>
    <message>
        <source>Cache: %1 posters, %2 on disk · %3</source>
        <translation>Cache : %1 affiches, %2 sur disque · %3</translation>
    </message>
    <message>
        <source>Cache: %1 posters · %2</source>
        <translation>Cache : %1 affiches · %2</translation>
    </message>
</context>
<context>
    <name>marqueed</name>
    <message>
        <source>Address to listen on (default 127.0.0.1; MARQUEE_HOST).</source>
        <translation>Adresse d&apos;écoute (par défaut 127.0.0.1 ; MARQUEE_HOST).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Port to listen on, 0 for any free port (default 8000; PORT).</source>
        <translation>Port d&apos;écoute, 0 pour n&apos;importe quel port libre (par défaut 8000 ; PORT).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Data directory (MARQUEE_DATA_DIR).</source>
        <translation>Répertoire des données (MARQUEE_DATA_DIR).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>répertoire</translation>
    </message>
    <message>
        <source>Cache directory (MARQUEE_CACHE_DIR).</source>
        <translation>Répertoire du cache (MARQUEE_CACHE_DIR).</translation>
    </message>
    <message>
        <source>INI file with settings; environment variables override it.</source>
        <translation>Fichier INI de paramètres ; les variables d&apos;environnement priment sur celui-ci.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Print every setting with its default and meaning, then exit.</source>
        <translation>Affiche chaque paramètre avec sa valeur par défaut et sa signification, puis quitte.</translation>
    </message>
    <message>
        <source>--port: &apos;%1&apos; is not a port number (0–65535)</source>
        <translation>--port : &apos;%1&apos; n&apos;est pas un numéro de port (0–65535)</translation>
    </message>
    <message>
        <source>Marquee poster daemon: renders rated posters and serves them over HTTP.</source>
        <translation>Démon d&apos;affiches Marquee : génère des affiches notées et les sert via HTTP.</translation>
    </message>
    <message>
        <source>marqueed %1 listening on http://%2:%3</source>
        <translation>marqueed %1 à l&apos;écoute sur http://%2:%3</translation>
    </message>
    <message>
        <source>Show a system-tray icon (status, open configurator, copy URL, pause, quit); runs headless with a message when there is no tray.</source>
        <translation>Affiche une icône dans la zone de notification (état, ouvrir le configurateur, copier l&apos;URL, suspendre, quitter) ; sans zone de notification, s&apos;exécute sans interface avec un message.</translation>
    </message>
</context>
</TS>
