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
        <source>Frosted Bar</source>
        <translation>Barre givrée</translation>
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
</context>
<context>
    <name>Marquee::Daemon</name>
    <message>
        <source>DATABASE_URL: only the embedded SQLite store is available in this build</source>
        <translation>DATABASE_URL : seul le stockage SQLite intégré est disponible dans cette version</translation>
    </message>
    <message>
        <source>OBJECT_STORE_URL: only the local composite directory is available in this build</source>
        <translation>OBJECT_STORE_URL : seul le répertoire local des compositions est disponible dans cette version</translation>
    </message>
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
</context>
<context>
    <name>Marquee::Http::PosterRoutes</name>
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation>Préréglage inconnu &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::ProbeRoutes</name>
    <message>
        <source>Not ready: %1</source>
        <translation>Pas prêt : %1</translation>
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
    <name>Marquee::Pipeline::InFlightRenders</name>
    <message>
        <source>Failed to build poster</source>
        <translation>Impossible de générer l&apos;affiche</translation>
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
    <name>Marquee::Pipeline::RenderSlots</name>
    <message>
        <source>Server saturated — try again shortly</source>
        <translation>Serveur saturé — réessayez sous peu</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::SashPicker</name>
    <message>
        <source>Cannes Winner</source>
        <translation>Primé à Cannes</translation>
    </message>
    <message>
        <source>Venice Winner</source>
        <translation>Primé à Venise</translation>
    </message>
    <message>
        <source>Berlin Winner</source>
        <translation>Primé à Berlin</translation>
    </message>
    <message>
        <source>Locarno Winner</source>
        <translation>Primé à Locarno</translation>
    </message>
    <message>
        <source>Sundance Winner</source>
        <translation>Primé à Sundance</translation>
    </message>
    <message>
        <source>Foreign</source>
        <translation>Étranger</translation>
    </message>
    <message>
        <source>Oscar Winner</source>
        <translation>Oscarisé</translation>
    </message>
    <message>
        <source>Oscar Nominee</source>
        <translation>Nommé aux Oscars</translation>
    </message>
    <message>
        <source>Must-See</source>
        <translation>Incontournable</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Cult Classic</source>
        <translation>Film culte</translation>
    </message>
    <message>
        <source>True Story</source>
        <translation>Histoire vraie</translation>
    </message>
    <message>
        <source>Short Film</source>
        <translation>Court métrage</translation>
    </message>
    <message>
        <source>Mini Series</source>
        <translation>Mini-série</translation>
    </message>
    <message>
        <source>Binge Ready</source>
        <translation>À dévorer</translation>
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
        <source>Write a PNG grid of every preset and every rating mode × palette instead.</source>
        <translation>Écrit à la place une grille PNG de tous les préréglages et de tous les modes de note × palette.</translation>
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
</context>
</TS>
