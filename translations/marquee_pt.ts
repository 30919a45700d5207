<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>Marquee::Blob</name>
    <message>
        <source>Invalid blob key</source>
        <translation>Chave de blob inválida</translation>
    </message>
    <message>
        <source>Blob store %1 failed: %2</source>
        <translation>Falha ao armazenar o blob %1: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>não é possível criar %1</translation>
    </message>
    <message>
        <source>OBJECT_STORE_URL: unsupported scheme &apos;%1&apos; (use s3://, s3+http:// or s3+https://)</source>
        <translation>OBJECT_STORE_URL: esquema &apos;%1&apos; não suportado (utilize s3://, s3+http:// ou s3+https://)</translation>
    </message>
    <message>
        <source>OBJECT_STORE_URL: the object store at %1 is unreachable (%2)</source>
        <translation>OBJECT_STORE_URL: o armazenamento de objetos em %1 está inacessível (%2)</translation>
    </message>
    <message>
        <source>OBJECT_STORE_URL: %1</source>
        <translation>OBJECT_STORE_URL: %1</translation>
    </message>
    <message>
        <source>not an s3://, s3+http:// or s3+https:// URL</source>
        <translation>não é um URL s3://, s3+http:// ou s3+https://</translation>
    </message>
    <message>
        <source>credentials belong in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, not in the URL</source>
        <translation>as credenciais pertencem a AWS_ACCESS_KEY_ID e AWS_SECRET_ACCESS_KEY, não ao URL</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;</source>
        <translation>parâmetro desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>endpoint= is only for s3:// URLs</source>
        <translation>endpoint= aplica-se apenas a URL s3://</translation>
    </message>
    <message>
        <source>the endpoint must be an http:// or https:// URL</source>
        <translation>o endpoint tem de ser um URL http:// ou https://</translation>
    </message>
    <message>
        <source>invalid region</source>
        <translation>região inválida</translation>
    </message>
    <message>
        <source>invalid bucket name &apos;%1&apos;</source>
        <translation>nome de bucket inválido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid prefix</source>
        <translation>prefixo inválido</translation>
    </message>
    <message>
        <source>addressing must be path or virtual</source>
        <translation>addressing tem de ser path ou virtual</translation>
    </message>
    <message>
        <source>%1, bucket %2</source>
        <translation>%1, bucket %2</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sem resposta a tempo</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>falha na ligação</translation>
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
        <translation>Falha na operação %1 do armazenamento de objetos em %2: %3</translation>
    </message>
    <message>
        <source>Object store bucket not found at %1</source>
        <translation>Bucket do armazenamento de objetos não encontrado em %1</translation>
    </message>
</context>
<context>
    <name>Marquee::Config</name>
    <message>
        <source>Core</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logótipo</translation>
    </message>
    <message>
        <source>Sash</source>
        <translation>Faixa</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>Invalid type</source>
        <translation>Tipo inválido</translation>
    </message>
    <message>
        <source>Invalid tmdb_id</source>
        <translation>tmdb_id inválido</translation>
    </message>
    <message>
        <source>Invalid imdb_id</source>
        <translation>imdb_id inválido</translation>
    </message>
    <message>
        <source>Invalid preset name</source>
        <translation>Nome de predefinição inválido</translation>
    </message>
    <message>
        <source>Invalid type (movie|tv)</source>
        <translation>Tipo inválido (movie|tv)</translation>
    </message>
    <message>
        <source>Invalid id (expected tt…, a TMDB id or tmdb:&lt;id&gt;)</source>
        <translation>ID inválido (esperado tt…, um ID do TMDB ou tmdb:&lt;id&gt;)</translation>
    </message>
    <message>
        <source>Invalid shape (poster|landscape)</source>
        <translation>Formato inválido (poster|landscape)</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2 (got &quot;%3&quot;)</source>
        <translation>%1 tem de ser um número inteiro igual ou superior a %2 (recebido &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3 (got &quot;%4&quot;)</source>
        <translation>%1 tem de ser um número entre %2 e %3 (recebido &quot;%4&quot;)</translation>
    </message>
    <message>
        <source>%1 must be a number (got &quot;%2&quot;)</source>
        <translation>%1 tem de ser um número (recebido &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 must be true or false (got &quot;%2&quot;)</source>
        <translation>%1 tem de ser true ou false (recebido &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 must be one of %2 (got &quot;%3&quot;)</source>
        <translation>%1 tem de ser um dos seguintes valores: %2 (recebido &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1 must be an http(s) URL (got &quot;%2&quot;)</source>
        <translation>%1 tem de ser um URL http(s) (recebido &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 must look like letterboxd:0.8,tomatoes:0.2 with sources from %2 (got &quot;%3&quot;)</source>
        <translation>%1 tem de ter o formato letterboxd:0.8,tomatoes:0.2 com fontes de entre %2 (recebido &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1 must be a language code such as en or pt-br (got &quot;%2&quot;)</source>
        <translation>%1 tem de ser um código de idioma como en ou pt-br (recebido &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 must be 0, auto or a number of seconds (got &quot;%2&quot;)</source>
        <translation>%1 tem de ser 0, auto ou um número de segundos (recebido &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1</source>
        <translation>Não é possível ler o ficheiro de configuração %1</translation>
    </message>
    <message>
        <source>%1 is not a valid INI file</source>
        <translation>%1 não é um ficheiro INI válido</translation>
    </message>
    <message>
        <source>Address to listen on; 0.0.0.0 exposes the daemon on the network</source>
        <translation>Endereço de escuta; 0.0.0.0 expõe o daemon na rede</translation>
    </message>
    <message>
        <source>TCP port to listen on (0 picks a free port)</source>
        <translation>Porta TCP de escuta (0 escolhe uma porta livre)</translation>
    </message>
    <message>
        <source>Alternative name for PORT, used only when PORT is unset</source>
        <translation>Nome alternativo de PORT, usado apenas quando PORT não está definida</translation>
    </message>
    <message>
        <source>Where the database and user presets live</source>
        <translation>Localização da base de dados e das predefinições do utilizador</translation>
    </message>
    <message>
        <source>Where downloaded art and rendered posters are cached</source>
        <translation>Localização da cache das imagens transferidas e dos cartazes gerados</translation>
    </message>
    <message>
        <source>&apos;:&apos;-separated local media library folders (.nfo + artwork); empty disables the built-in samples</source>
        <translation>Pastas da biblioteca multimédia local separadas por &apos;:&apos; (.nfo + imagens); vazio desativa os exemplos incorporados</translation>
    </message>
    <message>
        <source>Server TMDB key; without it every request must bring tmdb_key=</source>
        <translation>Chave TMDB do servidor; sem ela, cada pedido tem de incluir tmdb_key=</translation>
    </message>
    <message>
        <source>TMDB API base URL (empty = default)</source>
        <translation>URL base da API do TMDB (vazio = predefinição)</translation>
    </message>
    <message>
        <source>TMDB image CDN base URL (empty = default)</source>
        <translation>URL base da CDN de imagens do TMDB (vazio = predefinição)</translation>
    </message>
    <message>
        <source>Server MDBList key for ratings</source>
        <translation>Chave MDBList do servidor para as classificações</translation>
    </message>
    <message>
        <source>Second MDBList key, used while the first one is rate-limited</source>
        <translation>Segunda chave MDBList, usada enquanto a primeira estiver no limite de pedidos</translation>
    </message>
    <message>
        <source>MDBList API base URL (empty = default)</source>
        <translation>URL base da API do MDBList (vazio = predefinição)</translation>
    </message>
    <message>
        <source>Deadline in milliseconds for one upstream API call</source>
        <translation>Tempo limite em milissegundos para cada chamada a uma API externa</translation>
    </message>
    <message>
        <source>Operator key; when set, /poster and the other operator routes require it</source>
        <translation>Chave de operador; quando definida, /poster e as restantes rotas de operador exigem-na</translation>
    </message>
    <message>
        <source>Unset: /p preset URLs and /poster are both served (private instance); true: public tier, /poster needs ACCESS_KEY (closed without one); false: /p answers 404</source>
        <translation>Não definido: são servidos tanto os URL de predefinição /p como /poster (instância privada); true: nível público, /poster exige ACCESS_KEY (fechado sem ela); false: /p responde 404</translation>
    </message>
    <message>
        <source>Accept /poster requests with only an IMDb id and look up the TMDB id</source>
        <translation>Aceitar pedidos a /poster apenas com um ID do IMDb e procurar o ID do TMDB</translation>
    </message>
    <message>
        <source>Output format: jpeg, webp, or auto (WebP when the client accepts it)</source>
        <translation>Formato de saída: jpeg, webp ou auto (WebP quando o cliente o aceita)</translation>
    </message>
    <message>
        <source>JPEG quality, clamped to 70-95</source>
        <translation>Qualidade JPEG, limitada a 70-95</translation>
    </message>
    <message>
        <source>WebP quality, clamped to 70-95</source>
        <translation>Qualidade WebP, limitada a 70-95</translation>
    </message>
    <message>
        <source>Cache-Control max-age for /poster: empty or 0 = none, auto = until the poster expires, or seconds</source>
        <translation>max-age de Cache-Control para /poster: vazio ou 0 = nenhum, auto = até o cartaz expirar, ou segundos</translation>
    </message>
    <message>
        <source>Cache-Control max-age in seconds for fully cached /p responses</source>
        <translation>max-age de Cache-Control em segundos para respostas /p totalmente em cache</translation>
    </message>
    <message>
        <source>Renders allowed to run at the same time</source>
        <translation>Renderizações que podem decorrer em simultâneo</translation>
    </message>
    <message>
        <source>When above 0, overrides POSTER_RENDER_CONCURRENCY</source>
        <translation>Quando superior a 0, substitui POSTER_RENDER_CONCURRENCY</translation>
    </message>
    <message>
        <source>Seconds a request waits for a render slot before a 503 (0 = wait forever)</source>
        <translation>Segundos que um pedido aguarda por uma vaga de renderização antes de um 503 (0 = esperar indefinidamente)</translation>
    </message>
    <message>
        <source>Seconds a rendered poster stays cached</source>
        <translation>Segundos que um cartaz gerado permanece em cache</translation>
    </message>
    <message>
        <source>Random extra seconds added per poster so entries do not expire together</source>
        <translation>Segundos extra aleatórios por cartaz para que as entradas não expirem em simultâneo</translation>
    </message>
    <message>
        <source>Rendered posters kept in memory in front of the disk cache</source>
        <translation>Cartazes gerados mantidos em memória à frente da cache em disco</translation>
    </message>
    <message>
        <source>Render every request afresh and send no-store headers</source>
        <translation>Gerar de novo cada pedido e enviar cabeçalhos no-store</translation>
    </message>
    <message>
        <source>Default rating-source weights for movies</source>
        <translation>Pesos predefinidos das fontes de classificação para filmes</translation>
    </message>
    <message>
        <source>Default rating-source weights for series</source>
        <translation>Pesos predefinidos das fontes de classificação para séries</translation>
    </message>
    <message>
        <source>Ratings with fewer votes than this are ignored</source>
        <translation>As classificações com menos votos do que este valor são ignoradas</translation>
    </message>
    <message>
        <source>Logo language when the request has no logo_language</source>
        <translation>Idioma do logótipo quando o pedido não inclui logo_language</translation>
    </message>
    <message>
        <source>Alternative name for DEFAULT_LOGO_LANGUAGE, used only when that is unset</source>
        <translation>Nome alternativo de DEFAULT_LOGO_LANGUAGE, usado apenas quando esta não está definida</translation>
    </message>
    <message>
        <source>Metadata and cache database; empty = SQLite (cache.db) in the cache folder</source>
        <translation>Base de dados de metadados e cache; vazio = SQLite (cache.db) na pasta da cache</translation>
    </message>
    <message>
        <source>Where rendered posters are stored; empty = the cache folder</source>
        <translation>Localização dos cartazes gerados; vazio = a pasta da cache</translation>
    </message>
    <message>
        <source>Log line format on stderr: text or json</source>
        <translation>Formato das linhas de registo em stderr: text ou json</translation>
    </message>
    <message>
        <source>Key for /metrics (Authorization: Bearer or ?access_key=); unset leaves /metrics open</source>
        <translation>Chave para /metrics (Authorization: Bearer ou ?access_key=); se não definida, /metrics fica aberto</translation>
    </message>
    <message>
        <source>Requests per second per tenant on /poster (tenant = its TMDB or MDBList key), for all of /p together, and per key on /search and /resolve-imdb; 0 = no limit</source>
        <translation>Pedidos por segundo por cliente em /poster (cliente = a sua chave TMDB ou MDBList), para todo o /p em conjunto e por chave em /search e /resolve-imdb; 0 = sem limite</translation>
    </message>
    <message>
        <source>Requests per second shared by all /search and /resolve-imdb calls without a key; 0 = no limit</source>
        <translation>Pedidos por segundo partilhados por todas as chamadas a /search e /resolve-imdb sem chave; 0 = sem limite</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation>Predefinição desconhecida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Invalid id (expected tt… under /imdb/)</source>
        <translation>ID inválido (esperado tt… em /imdb/)</translation>
    </message>
    <message>
        <source>TRENDING_FETCH_TIME must be HH:MM (got &quot;%1&quot;)</source>
        <translation>TRENDING_FETCH_TIME tem de estar no formato HH:MM (recebido &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>TRENDING_FETCH_TIMEZONE: unknown time zone &quot;%1&quot;</source>
        <translation>TRENDING_FETCH_TIMEZONE: fuso horário desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Foreground budget in milliseconds of one poster&apos;s upstream work; past it the poster is served provisional with the data at hand and the fetch completes in the background (0 = no budget)</source>
        <translation>Orçamento em primeiro plano, em milissegundos, do trabalho externo de um cartaz; ultrapassado, o cartaz é servido como provisório com os dados disponíveis e a obtenção termina em segundo plano (0 = sem orçamento)</translation>
    </message>
    <message>
        <source>Extra attempts of an upstream GET after a 5xx or network error (jittered exponential backoff, never past the deadline)</source>
        <translation>Tentativas adicionais de um GET externo após um 5xx ou um erro de rede (espera exponencial com variação aleatória, nunca para além do tempo limite)</translation>
    </message>
    <message>
        <source>Delay before the first retry; doubles per attempt with 25% jitter, at most 4 s</source>
        <translation>Espera antes da primeira nova tentativa; duplica a cada tentativa com 25% de variação aleatória, no máximo 4 s</translation>
    </message>
    <message>
        <source>Upstream requests in flight per host at once (0 = unlimited)</source>
        <translation>Pedidos externos em curso em simultâneo por host (0 = ilimitados)</translation>
    </message>
    <message>
        <source>MDBList rating fetches in flight at once (0 = no cap)</source>
        <translation>Obtenções de classificações do MDBList em curso em simultâneo (0 = sem limite)</translation>
    </message>
    <message>
        <source>Consecutive failed requests that open a service&apos;s circuit breaker (fail fast; 0 = no breaker)</source>
        <translation>Pedidos falhados consecutivos que abrem o disjuntor de um serviço (falha imediata; 0 = sem disjuntor)</translation>
    </message>
    <message>
        <source>How long an open breaker fails fast before one probe request may test the service</source>
        <translation>Durante quanto tempo um disjuntor aberto falha de imediato antes de um pedido de teste poder verificar o serviço</translation>
    </message>
    <message>
        <source>Download the IMDb ratings dataset for imdb_rating_source=dataset or fallback</source>
        <translation>Transferir o conjunto de dados de classificações do IMDb para imdb_rating_source=dataset ou fallback</translation>
    </message>
    <message>
        <source>Where the gzip ratings TSV of the IMDb dataset is downloaded from</source>
        <translation>Origem da transferência do TSV de classificações (gzip) do conjunto de dados do IMDb</translation>
    </message>
    <message>
        <source>SQLite file of the IMDb dataset; processes sharing it download it once</source>
        <translation>Ficheiro SQLite do conjunto de dados do IMDb; os processos que o partilham transferem-no uma única vez</translation>
    </message>
    <message>
        <source>Hours between IMDb dataset downloads (at least 1)</source>
        <translation>Horas entre transferências do conjunto de dados do IMDb (no mínimo 1)</translation>
    </message>
    <message>
        <source>IMDb dataset rows with fewer votes than this are ignored</source>
        <translation>As linhas do conjunto de dados do IMDb com menos votos do que este valor são ignoradas</translation>
    </message>
    <message>
        <source>A theatrical release older than this many years counts as Streaming (0 = never)</source>
        <translation>Uma estreia nos cinemas com mais anos do que este valor conta como Streaming (0 = nunca)</translation>
    </message>
    <message>
        <source>Daily HH:MM at which trending ranks are refreshed; empty = every 24 h</source>
        <translation>Hora diária HH:MM a que as posições nas tendências são atualizadas; vazio = a cada 24 h</translation>
    </message>
    <message>
        <source>Time zone of TRENDING_FETCH_TIME</source>
        <translation>Fuso horário de TRENDING_FETCH_TIME</translation>
    </message>
    <message>
        <source>Trending ranks up to this number get the trending sash</source>
        <translation>As posições nas tendências até este número recebem a faixa trending</translation>
    </message>
    <message>
        <source>Trending ranks up to this number get the trending_broad sash</source>
        <translation>As posições nas tendências até este número recebem a faixa trending_broad</translation>
    </message>
    <message>
        <source>Custom movie trending list URL (TMDB-shaped or MDBList list JSON); empty = TMDB trending</source>
        <translation>URL de uma lista personalizada de filmes em tendência (JSON no formato do TMDB ou lista do MDBList); vazio = tendências do TMDB</translation>
    </message>
    <message>
        <source>Custom series trending list URL; empty = TMDB trending</source>
        <translation>URL de uma lista personalizada de séries em tendência; vazio = tendências do TMDB</translation>
    </message>
    <message>
        <source>Entries read from a custom trending list at most</source>
        <translation>Número máximo de entradas lidas de uma lista de tendências personalizada</translation>
    </message>
    <message>
        <source>Seconds fetched trending ranks stay valid</source>
        <translation>Segundos durante os quais as posições nas tendências obtidas continuam válidas</translation>
    </message>
    <message>
        <source>Where quality badge data comes from: aiostreams, scraper or qualicache</source>
        <translation>Origem dos dados dos selos de qualidade: aiostreams, scraper ou qualicache</translation>
    </message>
    <message>
        <source>AIOStreams base URL (QUALITY_SOURCE=aiostreams); empty = no quality badges</source>
        <translation>URL base do AIOStreams (QUALITY_SOURCE=aiostreams); vazio = sem selos de qualidade</translation>
    </message>
    <message>
        <source>AIOStreams Basic credentials, base64 of uuid:password</source>
        <translation>Credenciais Basic do AIOStreams, uuid:password em base64</translation>
    </message>
    <message>
        <source>Stremio addon manifest or stremio:// link (QUALITY_SOURCE=scraper); empty = no quality badges</source>
        <translation>Manifesto de um addon do Stremio ou ligação stremio:// (QUALITY_SOURCE=scraper); vazio = sem selos de qualidade</translation>
    </message>
    <message>
        <source>QualiCache base URL (QUALITY_SOURCE=qualicache); empty = no quality badges</source>
        <translation>URL base do QualiCache (QUALITY_SOURCE=qualicache); vazio = sem selos de qualidade</translation>
    </message>
    <message>
        <source>QualiCache key, sent as X-API-Key</source>
        <translation>Chave QualiCache, enviada como X-API-Key</translation>
    </message>
    <message>
        <source>Lowest QualiCache trust level accepted: high, medium or low</source>
        <translation>Nível de confiança mínimo aceite do QualiCache: high, medium ou low</translation>
    </message>
    <message>
        <source>Days quality data of titles older than 14 days is kept (newer titles: 1 day)</source>
        <translation>Dias durante os quais os dados de qualidade dos títulos com mais de 14 dias são mantidos (títulos mais recentes: 1 dia)</translation>
    </message>
    <message>
        <source>Background quality fetches running at once</source>
        <translation>Obtenções de dados de qualidade em segundo plano em simultâneo</translation>
    </message>
    <message>
        <source>Seconds a wait_for_quality=true request waits for quality data</source>
        <translation>Segundos que um pedido com wait_for_quality=true aguarda pelos dados de qualidade</translation>
    </message>
    <message>
        <source>PostgreSQL connections kept open (DATABASE_URL postgres://)</source>
        <translation>Ligações PostgreSQL mantidas abertas (DATABASE_URL postgres://)</translation>
    </message>
    <message>
        <source>PostgreSQL connections at most; a query waits up to 10 s for a free one</source>
        <translation>Número máximo de ligações PostgreSQL; uma consulta aguarda até 10 s que uma fique livre</translation>
    </message>
    <message>
        <source>Coordination between replicas (claims, leases, rate limits); empty = in-process</source>
        <translation>Coordenação entre réplicas (reservas, concessões, limites de pedidos); vazio = no próprio processo</translation>
    </message>
    <message>
        <source>Prefix of every Redis key</source>
        <translation>Prefixo de todas as chaves do Redis</translation>
    </message>
    <message>
        <source>Seconds between cache prunes (expired posters, old ratings and metadata); one replica prunes at a time</source>
        <translation>Segundos entre limpezas da cache (cartazes expirados, classificações e metadados antigos); só uma réplica limpa de cada vez</translation>
    </message>
    <message>
        <source>Seconds after start before the first cache prune</source>
        <translation>Segundos após o arranque antes da primeira limpeza da cache</translation>
    </message>
    <message>
        <source>Public (CDN) base of the object store: cached posters answer with a redirect there</source>
        <translation>Base pública (CDN) do armazenamento de objetos: os cartazes em cache respondem com um redirecionamento para ela</translation>
    </message>
    <message>
        <source>Access key id for an s3:// OBJECT_STORE_URL (empty = unsigned requests)</source>
        <translation>ID da chave de acesso para um OBJECT_STORE_URL s3:// (vazio = pedidos não assinados)</translation>
    </message>
    <message>
        <source>Secret access key for an s3:// OBJECT_STORE_URL; never logged</source>
        <translation>Chave de acesso secreta para um OBJECT_STORE_URL s3://; nunca é registada</translation>
    </message>
    <message>
        <source>Replaced or expired poster blobs are deleted this many seconds later (CDN links stay valid)</source>
        <translation>Os blobs de cartazes substituídos ou expirados são eliminados este número de segundos depois (as ligações da CDN continuam válidas)</translation>
    </message>
    <message>
        <source>Longest max-age of a redirect to the CDN copy; also capped by the poster&apos;s expiry and kept below the grace</source>
        <translation>max-age máximo de um redirecionamento para a cópia na CDN; também limitado pela expiração do cartaz e mantido abaixo do período de tolerância</translation>
    </message>
    <message>
        <source>Threads accepting and answering HTTP requests (cache hits are answered on them); 0 = one per core, at most 4</source>
        <translation>Threads que aceitam e respondem aos pedidos HTTP (os acertos de cache são respondidos neles); 0 = um por núcleo, no máximo 4</translation>
    </message>
</context>
<context>
    <name>Marquee::Config::PosterUrlCodec</name>
    <message>
        <source>Not a valid URL</source>
        <translation>Não é um URL válido</translation>
    </message>
    <message>
        <source>Not a poster URL (expected /poster?…, /p/{preset}/{type}/{id}.jpg or /{key}/imdb/poster-default/{id}.jpg)</source>
        <translation>Não é um URL de cartaz (esperado /poster?…, /p/{preset}/{type}/{id}.jpg ou /{key}/imdb/poster-default/{id}.jpg)</translation>
    </message>
</context>
<context>
    <name>Marquee::ContactSheet</name>
    <message>
        <source>Score Bar</source>
        <translation>Barra de pontuação</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Limpo</translation>
    </message>
    <message>
        <source>Minimalist</source>
        <translation>Minimalista</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Clássica</translation>
    </message>
    <message>
        <source>Six-band</source>
        <translation>Seis bandas</translation>
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
        <translation>Predefinições × títulos de exemplo</translation>
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
        <translation>%1: não foi possível descodificar o cartaz gerado</translation>
    </message>
    <message>
        <source>Marquee contact sheet</source>
        <translation>Folha de contacto do Marquee</translation>
    </message>
    <message>
        <source>marqueed %1 · bundled sample library · posters %2×%3 shown at half size</source>
        <translation>marqueed %1 · biblioteca de exemplo incluída · cartazes de %2×%3 mostrados a metade do tamanho</translation>
    </message>
    <message>
        <source>Hidden (palettes do not apply)</source>
        <translation>Oculta (as paletas não se aplicam)</translation>
    </message>
    <message>
        <source>Frosted Bar with its rating stripe (bar_style=rating_frosted, bar_accent=palette_N)</source>
        <translation>Barra fosca com a sua risca de classificação (bar_style=rating_frosted, bar_accent=palette_N)</translation>
    </message>
    <message>
        <source>Fallback canvas (no art) × genre</source>
        <translation>Tela alternativa (sem imagem) × género</translation>
    </message>
    <message>
        <source>fallback_bg_style: titles without any art</source>
        <translation>fallback_bg_style: títulos sem qualquer imagem</translation>
    </message>
</context>
<context>
    <name>Marquee::Coordination</name>
    <message>
        <source>REDIS_URL: &apos;%1&apos; is not a database number (in %2)</source>
        <translation>REDIS_URL: &apos;%1&apos; não é um número de base de dados (em %2)</translation>
    </message>
    <message>
        <source>REDIS_URL: a unix:// URL needs an absolute socket path, as in unix:///run/redis/redis.sock (got %1)</source>
        <translation>REDIS_URL: um URL unix:// precisa de um caminho de socket absoluto, como unix:///run/redis/redis.sock (recebido %1)</translation>
    </message>
    <message>
        <source>REDIS_URL: no host in %1</source>
        <translation>REDIS_URL: sem host em %1</translation>
    </message>
    <message>
        <source>REDIS_URL: invalid port in %1</source>
        <translation>REDIS_URL: porta inválida em %1</translation>
    </message>
    <message>
        <source>Redis at %1: %2</source>
        <translation>Redis em %1: %2</translation>
    </message>
    <message>
        <source>Redis at %1 answered PING with &apos;%2&apos;</source>
        <translation>O Redis em %1 respondeu a PING com &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>Marquee::Coordination::RedisEndpoint</name>
    <message>
        <source>REDIS_URL: not a valid URL</source>
        <translation>REDIS_URL: não é um URL válido</translation>
    </message>
    <message>
        <source>REDIS_URL: rediss:// (TLS) is not supported by this build (hiredis without TLS); use redis:// through a local TLS tunnel such as stunnel</source>
        <translation>REDIS_URL: rediss:// (TLS) não é suportado por esta compilação (hiredis sem TLS); utilize redis:// através de um túnel TLS local como o stunnel</translation>
    </message>
    <message>
        <source>REDIS_URL: unsupported scheme &apos;%1&apos; (use redis:// or unix://, or leave it empty for in-process coordination)</source>
        <translation>REDIS_URL: esquema &apos;%1&apos; não suportado (utilize redis:// ou unix://, ou deixe-o vazio para coordenação no próprio processo)</translation>
    </message>
</context>
<context>
    <name>Marquee::Daemon</name>
    <message>
        <source>MARQUEE_HOST: &apos;%1&apos; is not an IP address (use 127.0.0.1, 0.0.0.0, ::1 or localhost)</source>
        <translation>MARQUEE_HOST: &apos;%1&apos; não é um endereço IP (utilize 127.0.0.1, 0.0.0.0, ::1 ou localhost)</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>Não é possível criar o diretório %1</translation>
    </message>
    <message>
        <source>The bundled fonts could not be loaded</source>
        <translation>Não foi possível carregar os tipos de letra incluídos</translation>
    </message>
    <message>
        <source>MARQUEE_HOST: &apos;%1&apos; is not an IP address</source>
        <translation>MARQUEE_HOST: &apos;%1&apos; não é um endereço IP</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::AccessGate</name>
    <message>
        <source>Custom posters are not available on this instance; use a /p/{preset}/{type}/{imdb_id}.jpg preset URL.</source>
        <translation>Os cartazes personalizados não estão disponíveis nesta instância; utilize um URL de predefinição /p/{preset}/{type}/{imdb_id}.jpg.</translation>
    </message>
    <message>
        <source>Unauthorized, your access key is not valid for this instance.</source>
        <translation>Não autorizado: a sua chave de acesso não é válida para esta instância.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::DebugCanvasRoute</name>
    <message>
        <source>Title too long</source>
        <translation>Título demasiado longo</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::ErrorResponse</name>
    <message>
        <source>Invalid request</source>
        <translation>Pedido inválido</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>Unauthorized, your access key is not valid for this instance.</source>
        <translation>Não autorizado: a sua chave de acesso não é válida para esta instância.</translation>
    </message>
    <message>
        <source>Rate limit exceeded</source>
        <translation>Limite de pedidos excedido</translation>
    </message>
    <message>
        <source>Server saturated — try again shortly</source>
        <translation>Servidor saturado — tente novamente dentro de momentos</translation>
    </message>
    <message>
        <source>The server is not configured for this request</source>
        <translation>O servidor não está configurado para este pedido</translation>
    </message>
    <message>
        <source>Upstream request timed out</source>
        <translation>O pedido ao serviço externo excedeu o tempo limite</translation>
    </message>
    <message>
        <source>Upstream error %1</source>
        <translation>Erro do serviço externo %1</translation>
    </message>
    <message>
        <source>Failed to build poster</source>
        <translation>Não foi possível gerar o cartaz</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::HttpService</name>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Não é possível escutar em %1:%2: %3</translation>
    </message>
    <message>
        <source>Cannot share the listening socket: %1</source>
        <translation>Não é possível partilhar o socket de escuta: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::PresetApiRoutes</name>
    <message>
        <source>The request body is larger than 16 KiB</source>
        <translation>O corpo do pedido excede 16 KiB</translation>
    </message>
    <message>
        <source>The body must be a JSON object like {&quot;query&quot;: &quot;rating_display_mode=4&quot;}</source>
        <translation>O corpo tem de ser um objeto JSON como {&quot;query&quot;: &quot;rating_display_mode=4&quot;}</translation>
    </message>
    <message>
        <source>The body needs a string field &quot;query&quot;</source>
        <translation>O corpo precisa de um campo de texto &quot;query&quot;</translation>
    </message>
    <message>
        <source>Without ACCESS_KEY the preset API only answers clients on this machine; set ACCESS_KEY to manage presets remotely.</source>
        <translation>Sem ACCESS_KEY, a API de predefinições só responde a clientes desta máquina; defina ACCESS_KEY para gerir as predefinições remotamente.</translation>
    </message>
    <message>
        <source>No user preset named &apos;%1&apos;</source>
        <translation>Não existe nenhuma predefinição do utilizador chamada &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in preset id; choose another name</source>
        <translation>&apos;%1&apos; é o ID de uma predefinição incorporada; escolha outro nome</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::ProbeRoutes</name>
    <message>
        <source>Not ready: %1</source>
        <translation>Não está pronto: %1</translation>
    </message>
    <message>
        <source>Coordinator unreachable; serving without it (fail-open)</source>
        <translation>Coordenador inacessível; a servir sem ele (fail-open)</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::RateLimiter</name>
    <message>
        <source>Rate limit exceeded (%1 req/s)</source>
        <translation>Limite de pedidos excedido (%1 req/s)</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::RouteContext</name>
    <message>
        <source>Method not allowed</source>
        <translation>Método não permitido</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::RpdbRoutes</name>
    <message>
        <source>Invalid id (imdb: tt…; tmdb: movie-&lt;id&gt;, series-&lt;id&gt; or &lt;id&gt;)</source>
        <translation>ID inválido (imdb: tt…; tmdb: movie-&lt;id&gt;, series-&lt;id&gt; ou &lt;id&gt;)</translation>
    </message>
    <message>
        <source>Unknown preset or access key</source>
        <translation>Predefinição ou chave de acesso desconhecida</translation>
    </message>
    <message>
        <source>TVDB ids cannot be resolved by this server; use the imdb or tmdb form</source>
        <translation>Este servidor não consegue resolver IDs do TVDB; utilize a forma imdb ou tmdb</translation>
    </message>
    <message>
        <source>Invalid id source (imdb|tmdb|tvdb)</source>
        <translation>Origem do ID inválida (imdb|tmdb|tvdb)</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::ServingSwitch</name>
    <message>
        <source>Poster serving is paused by the operator; try again later</source>
        <translation>O serviço de cartazes foi pausado pelo operador; tente novamente mais tarde</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::TmdbProxyRoutes</name>
    <message>
        <source>Invalid type (movie|tv)</source>
        <translation>Tipo inválido (movie|tv)</translation>
    </message>
    <message>
        <source>Missing required parameter: tmdb_id</source>
        <translation>Falta o parâmetro obrigatório: tmdb_id</translation>
    </message>
    <message>
        <source>Invalid tmdb_id</source>
        <translation>tmdb_id inválido</translation>
    </message>
    <message>
        <source>Missing required parameter: q</source>
        <translation>Falta o parâmetro obrigatório: q</translation>
    </message>
    <message>
        <source>Query too long</source>
        <translation>Consulta demasiado longa</translation>
    </message>
    <message>
        <source>No TMDB API key available. Either provide tmdb_key= or set TMDB_API_KEY on the server.</source>
        <translation>Nenhuma chave da API do TMDB disponível. Indique tmdb_key= ou defina TMDB_API_KEY no servidor.</translation>
    </message>
    <message>
        <source>TMDB could not be reached</source>
        <translation>Não foi possível contactar o TMDB</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::WebRoute</name>
    <message>
        <source>Open this page with ?access_key=… appended to the address.</source>
        <translation>Abra esta página acrescentando ?access_key=… ao endereço.</translation>
    </message>
    <message>
        <source>Configurator not found</source>
        <translation>Configurador não encontrado</translation>
    </message>
</context>
<context>
    <name>Marquee::MigrateStorageCommand</name>
    <message>
        <source>The SQLite cache database to read (e.g. &lt;cache dir&gt;/cache.db).</source>
        <translation>A base de dados de cache SQLite a ler (p. ex. &lt;diretório da cache&gt;/cache.db).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ficheiro</translation>
    </message>
    <message>
        <source>The PostgreSQL database to fill (postgres:// or postgresql:// URL).</source>
        <translation>A base de dados PostgreSQL a preencher (URL postgres:// ou postgresql://).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Give both --from &lt;cache.db&gt; and --to &lt;postgres url&gt;; see marqueed migrate-storage --help</source>
        <translation>Indique --from &lt;cache.db&gt; e --to &lt;url postgres&gt;; consulte marqueed migrate-storage --help</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--from: no SQLite database at %1</source>
        <translation>--from: não existe nenhuma base de dados SQLite em %1</translation>
    </message>
    <message>
        <source>--to: not a postgres:// or postgresql:// URL</source>
        <translation>--to: não é um URL postgres:// ou postgresql://</translation>
    </message>
    <message>
        <source>migrate-storage: %1 %2/%3</source>
        <translation>migrate-storage: %1 %2/%3</translation>
    </message>
    <message>
        <source>Copies an SQLite cache database into PostgreSQL: ratings, metadata, the IMDb→TMDB map, composite rows, user presets and the keyed cache. Existing rows are overwritten (upserts), so running it again is harmless. Poster images (blobs) are not copied: they stay in the object store or cache folder the composite rows point at, so the new replicas must use the same OBJECT_STORE_URL (or a copy of it).</source>
        <translation>Copia uma base de dados de cache SQLite para o PostgreSQL: classificações, metadados, o mapa IMDb→TMDB, as linhas de composições, as predefinições do utilizador e a cache por chave. As linhas existentes são substituídas (upserts), pelo que voltar a executá-lo é inofensivo. As imagens dos cartazes (blobs) não são copiadas: ficam no armazenamento de objetos ou na pasta da cache para onde apontam as linhas de composições, pelo que as novas réplicas têm de usar o mesmo OBJECT_STORE_URL (ou uma cópia dele).</translation>
    </message>
    <message>
        <source>copied %1 rows to %2 (%3)</source>
        <translation>%1 linhas copiadas para %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Marquee::Net::HttpClient</name>
    <message>
        <source>Invalid upstream URL</source>
        <translation>URL externo inválido</translation>
    </message>
    <message>
        <source>Upstream request timed out</source>
        <translation>O pedido ao serviço externo excedeu o tempo limite</translation>
    </message>
    <message>
        <source>Upstream response too large</source>
        <translation>Resposta do serviço externo demasiado grande</translation>
    </message>
    <message>
        <source>Upstream connection failed</source>
        <translation>Falha na ligação ao serviço externo</translation>
    </message>
    <message>
        <source>Upstream did not answer within the deadline</source>
        <translation>O serviço externo não respondeu dentro do tempo limite</translation>
    </message>
    <message>
        <source>Too many upstream requests in flight to this host</source>
        <translation>Demasiados pedidos externos em curso para este host</translation>
    </message>
    <message>
        <source>Upstream temporarily unavailable (circuit open)</source>
        <translation>Serviço externo temporariamente indisponível (disjuntor aberto)</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::GenreLabel</name>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Adventure</source>
        <translation>Aventura</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animação</translation>
    </message>
    <message>
        <source>Comedy</source>
        <translation>Comédia</translation>
    </message>
    <message>
        <source>Crime</source>
        <translation>Crime</translation>
    </message>
    <message>
        <source>Documentary</source>
        <translation>Documentário</translation>
    </message>
    <message>
        <source>Drama</source>
        <translation>Drama</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Família</translation>
    </message>
    <message>
        <source>Fantasy</source>
        <translation>Fantasia</translation>
    </message>
    <message>
        <source>History</source>
        <translation>História</translation>
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
        <translation>Mistério</translation>
    </message>
    <message>
        <source>Romance</source>
        <translation>Romance</translation>
    </message>
    <message>
        <source>Sci-Fi</source>
        <translation>Ficção científica</translation>
    </message>
    <message>
        <source>Thriller</source>
        <translation>Thriller</translation>
    </message>
    <message>
        <source>War</source>
        <translation>Guerra</translation>
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
        <translation>Notícias</translation>
    </message>
    <message>
        <source>Reality</source>
        <translation>Reality show</translation>
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
        <translation>Desconhecido</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::ImageCache</name>
    <message>
        <source>Unreadable image: %1</source>
        <translation>Imagem ilegível: %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>não é possível ler %1</translation>
    </message>
    <message>
        <source>larger than 20 MB</source>
        <translation>maior do que 20 MB</translation>
    </message>
    <message>
        <source>%1×%2 exceeds 6000×6000</source>
        <translation>%1×%2 excede 6000×6000</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::ImdbDatasetJob</name>
    <message>
        <source>Cannot write the IMDb dataset download to %1</source>
        <translation>Não é possível escrever a transferência do conjunto de dados do IMDb em %1</translation>
    </message>
    <message>
        <source>The IMDb dataset download was stopped</source>
        <translation>A transferência do conjunto de dados do IMDb foi interrompida</translation>
    </message>
    <message>
        <source>The IMDb dataset download is larger than %1 bytes</source>
        <translation>A transferência do conjunto de dados do IMDb excede %1 bytes</translation>
    </message>
    <message>
        <source>The IMDb dataset download timed out (%1)</source>
        <translation>A transferência do conjunto de dados do IMDb excedeu o tempo limite (%1)</translation>
    </message>
    <message>
        <source>The IMDb dataset download failed with status %1 (%2)</source>
        <translation>A transferência do conjunto de dados do IMDb falhou com o estado %1 (%2)</translation>
    </message>
    <message>
        <source>The IMDb dataset download failed (%1)</source>
        <translation>A transferência do conjunto de dados do IMDb falhou (%1)</translation>
    </message>
    <message>
        <source>IMDB_DATASET_URL is not a valid URL</source>
        <translation>IMDB_DATASET_URL não é um URL válido</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::InFlightRenders</name>
    <message>
        <source>Failed to build poster</source>
        <translation>Não foi possível gerar o cartaz</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::MdbListKeyRotation</name>
    <message>
        <source>All MDBList keys are cooling down</source>
        <translation>Todas as chaves do MDBList estão em pausa temporária</translation>
    </message>
    <message>
        <source>MDBList rate limit reached</source>
        <translation>Limite de pedidos do MDBList atingido</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::MetadataCache</name>
    <message>
        <source>Upstream request timed out</source>
        <translation>O pedido ao serviço externo excedeu o tempo limite</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::PosterEncoder</name>
    <message>
        <source>Cannot encode poster: %1</source>
        <translation>Não é possível codificar o cartaz: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::PosterPipeline</name>
    <message>
        <source>Title not found on TMDB</source>
        <translation>Título não encontrado no TMDB</translation>
    </message>
    <message>
        <source>Poster image not found on TMDB</source>
        <translation>Imagem do cartaz não encontrada no TMDB</translation>
    </message>
    <message>
        <source>No logo available</source>
        <translation>Nenhum logótipo disponível</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::PreviewRenderer</name>
    <message>
        <source>Title not in the local library (a TMDB key renders any title)</source>
        <translation>Título não presente na biblioteca local (com uma chave TMDB é possível gerar qualquer título)</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::RenderSlots</name>
    <message>
        <source>Server saturated — try again shortly</source>
        <translation>Servidor saturado — tente novamente dentro de momentos</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::TitleResolver</name>
    <message>
        <source>Missing required parameter: tmdb_id. Add tmdb_id={tmdb_id} to the URL.</source>
        <translation>Falta o parâmetro obrigatório: tmdb_id. Adicione tmdb_id={tmdb_id} ao URL.</translation>
    </message>
    <message>
        <source>Server TMDB key not configured</source>
        <translation>Chave TMDB do servidor não configurada</translation>
    </message>
    <message>
        <source>No TMDB API key available. Either provide tmdb_key= or set TMDB_API_KEY on the server.</source>
        <translation>Nenhuma chave da API do TMDB disponível. Indique tmdb_key= ou defina TMDB_API_KEY no servidor.</translation>
    </message>
    <message>
        <source>No TMDB %1 found for imdb_id %2</source>
        <translation>Nenhum resultado do TMDB do tipo %1 para imdb_id %2</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::TrendingJob</name>
    <message>
        <source>No TMDB API key configured</source>
        <translation>Nenhuma chave da API do TMDB configurada</translation>
    </message>
</context>
<context>
    <name>Marquee::Presets</name>
    <message>
        <source>Tinted Minimalist Notch</source>
        <translation>Entalhe minimalista tingido</translation>
    </message>
    <message>
        <source>Tinted vignette with minimal rating mode displaying the rating color (gold, silver, bronze) genre and year. A matching notch at the top displays interesting information.</source>
        <translation>Vinheta tingida com modo de classificação mínimo que mostra a cor da classificação (ouro, prata, bronze), o género e o ano. Um entalhe a condizer no topo mostra informações interessantes.</translation>
    </message>
    <message>
        <source>Tinted Minimalist Sash</source>
        <translation>Faixa minimalista tingida</translation>
    </message>
    <message>
        <source>Tinted vignette with the minimal rating line (score-coloured mark, genre and year) and a diagonal corner sash for awards and other highlights.</source>
        <translation>Vinheta tingida com a linha de classificação mínima (marca colorida consoante a pontuação, género e ano) e uma faixa diagonal no canto para prémios e outros destaques.</translation>
    </message>
    <message>
        <source>Bar with matching notch</source>
        <translation>Barra com entalhe a condizer</translation>
    </message>
    <message>
        <source>Notch and bar sampled from the posters colour, clean and easy to read.</source>
        <translation>Entalhe e barra com a cor extraída do cartaz, limpos e fáceis de ler.</translation>
    </message>
    <message>
        <source>Bar with matching sash</source>
        <translation>Barra com faixa a condizer</translation>
    </message>
    <message>
        <source>Bottom bar and diagonal corner sash both tinted from the poster&apos;s own colours.</source>
        <translation>Barra inferior e faixa diagonal no canto, ambas tingidas com as cores do próprio cartaz.</translation>
    </message>
    <message>
        <source>Rating Bar with Notch</source>
        <translation>Barra de classificação com entalhe</translation>
    </message>
    <message>
        <source>The bar at the bottom is colored based on the rating for &apos;at a glance&apos; ratings, along with a notch sampled from the posters colour at the top.</source>
        <translation>A barra inferior é colorida consoante a classificação, para uma leitura rápida, com um entalhe no topo com a cor extraída do cartaz.</translation>
    </message>
    <message>
        <source>Rating Bar with Sash</source>
        <translation>Barra de classificação com faixa</translation>
    </message>
    <message>
        <source>A score-coloured rating bar for quick reading, with a diagonal corner sash for highlights.</source>
        <translation>Uma barra de classificação colorida consoante a pontuação para uma leitura rápida, com uma faixa diagonal no canto para destaques.</translation>
    </message>
    <message>
        <source>Clean Notch</source>
        <translation>Entalhe limpo</translation>
    </message>
    <message>
        <source>One clean line with genre and score under the logo, and a notch at the top tinted from the poster.</source>
        <translation>Uma linha limpa com o género e a pontuação sob o logótipo, e um entalhe no topo tingido com a cor do cartaz.</translation>
    </message>
    <message>
        <source>Clean Sash</source>
        <translation>Faixa limpa</translation>
    </message>
    <message>
        <source>One clean line with genre and score under the logo, and a diagonal corner sash for highlights.</source>
        <translation>Uma linha limpa com o género e a pontuação sob o logótipo, e uma faixa diagonal no canto para destaques.</translation>
    </message>
    <message>
        <source>Original Art - Mini &amp; Sash</source>
        <translation>Arte original - Mini e faixa</translation>
    </message>
    <message>
        <source>The official poster with its own title treatment, a minimal rating line and a diagonal corner sash.</source>
        <translation>O cartaz oficial com o seu próprio tratamento do título, uma linha de classificação mínima e uma faixa diagonal no canto.</translation>
    </message>
    <message>
        <source>Original Art - Bar &amp; Notch</source>
        <translation>Arte original - Barra e entalhe</translation>
    </message>
    <message>
        <source>The official poster with its own title treatment, a bar and a matching notch sampled from its colours.</source>
        <translation>O cartaz oficial com o seu próprio tratamento do título, uma barra e um entalhe a condizer extraídos das suas cores.</translation>
    </message>
    <message>
        <source>Retired style, kept so existing URLs keep working.</source>
        <translation>Estilo descontinuado, mantido para que os URL existentes continuem a funcionar.</translation>
    </message>
    <message>
        <source>Prestige Rating Bar</source>
        <translation>Barra de classificação Prestígio</translation>
    </message>
    <message>
        <source>Light Rating Bar</source>
        <translation>Barra de classificação clara</translation>
    </message>
    <message>
        <source>Minimalist</source>
        <translation>Minimalista</translation>
    </message>
    <message>
        <source>Frosted Notch</source>
        <translation>Entalhe fosco</translation>
    </message>
    <message>
        <source>Black Rating Bar, Light Notch</source>
        <translation>Barra de classificação preta, entalhe claro</translation>
    </message>
    <message>
        <source>Black Rating Bar (Original Art)</source>
        <translation>Barra de classificação preta (arte original)</translation>
    </message>
    <message>
        <source>Frosted Rating Bar (Original Art)</source>
        <translation>Barra de classificação fosca (arte original)</translation>
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
        <translation>Um nome de predefinição tem de 1 a 40 caracteres entre a–z, 0–9, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation>Predefinição desconhecida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The preset query is longer than %1 characters</source>
        <translation>A consulta da predefinição excede %1 caracteres</translation>
    </message>
    <message>
        <source>Unknown parameter &apos;%1&apos; in the preset query</source>
        <translation>Parâmetro desconhecido &apos;%1&apos; na consulta da predefinição</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in preset id and cannot be redefined</source>
        <translation>&apos;%1&apos; é o ID de uma predefinição incorporada e não pode ser redefinida</translation>
    </message>
</context>
<context>
    <name>Marquee::RenderCommand</name>
    <message>
        <source>File to write (default &lt;ID&gt;.jpg, or contact-sheet.png).</source>
        <translation>Ficheiro a escrever (predefinição &lt;ID&gt;.jpg, ou contact-sheet.png).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ficheiro</translation>
    </message>
    <message>
        <source>Render with this preset&apos;s parameters.</source>
        <translation>Renderiza com os parâmetros desta predefinição.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>movie (default) or tv.</source>
        <translation>movie (predefinido) ou tv.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>/poster parameters applied on top of the preset, e.g. &quot;shape=landscape&amp;rating_display_mode=3&quot;.</source>
        <translation>Parâmetros de /poster aplicados por cima da predefinição, p. ex. &quot;shape=landscape&amp;rating_display_mode=3&quot;.</translation>
    </message>
    <message>
        <source>k=v&amp;…</source>
        <translation>k=v&amp;…</translation>
    </message>
    <message>
        <source>INI file with settings; environment variables override it.</source>
        <translation>Ficheiro INI com as definições; as variáveis de ambiente sobrepõem-se a ele.</translation>
    </message>
    <message>
        <source>Data directory (MARQUEE_DATA_DIR).</source>
        <translation>Diretório de dados (MARQUEE_DATA_DIR).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>diretório</translation>
    </message>
    <message>
        <source>Cache directory (MARQUEE_CACHE_DIR).</source>
        <translation>Diretório da cache (MARQUEE_CACHE_DIR).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível escrever %1: %2</translation>
    </message>
    <message>
        <source>wrote %1 (%2×%3, %4 bytes)</source>
        <translation>%1 escrito (%2×%3, %4 bytes)</translation>
    </message>
    <message>
        <source>Cannot encode the contact sheet as PNG</source>
        <translation>Não é possível codificar a folha de contacto como PNG</translation>
    </message>
    <message>
        <source>Renders one poster to a file through the daemon&apos;s pipeline and settings.</source>
        <translation>Gera um cartaz num ficheiro através do pipeline e das definições do daemon.</translation>
    </message>
    <message>
        <source>tt…, a TMDB id or tmdb:&lt;id&gt; (not with --contact-sheet).</source>
        <translation>tt…, um ID do TMDB ou tmdb:&lt;id&gt; (incompatível com --contact-sheet).</translation>
    </message>
    <message>
        <source>--contact-sheet takes no ID</source>
        <translation>--contact-sheet não aceita nenhum ID</translation>
    </message>
    <message>
        <source>Give exactly one ID (tt…, a TMDB id or tmdb:&lt;id&gt;); see marqueed render --help</source>
        <translation>Indique exatamente um ID (tt…, um ID do TMDB ou tmdb:&lt;id&gt;); consulte marqueed render --help</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation>Predefinição desconhecida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Write a PNG grid of every preset, every rating mode × palette and the fallback canvases instead.</source>
        <translation>Em vez disso, escreve uma grelha PNG com todas as predefinições, todos os modos de classificação × paleta e as telas alternativas.</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources</name>
    <message>
        <source>IMDb dataset database error (%1): %2</source>
        <translation>Erro na base de dados do conjunto de dados do IMDb (%1): %2</translation>
    </message>
    <message>
        <source>Cannot open the IMDb dataset at %1</source>
        <translation>Não é possível abrir o conjunto de dados do IMDb em %1</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::ImdbDataset</name>
    <message>
        <source>Cannot read the IMDb dataset download</source>
        <translation>Não é possível ler a transferência do conjunto de dados do IMDb</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::Importer</name>
    <message>
        <source>The IMDb dataset is not a ratings TSV</source>
        <translation>O conjunto de dados do IMDb não é um TSV de classificações</translation>
    </message>
    <message>
        <source>The IMDb dataset download is damaged: %1</source>
        <translation>A transferência do conjunto de dados do IMDb está danificada: %1</translation>
    </message>
    <message>
        <source>The IMDb dataset holds no usable rating</source>
        <translation>O conjunto de dados do IMDb não contém nenhuma classificação utilizável</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::LocalLibrary</name>
    <message>
        <source>%1: library folder not found</source>
        <translation>%1: pasta da biblioteca não encontrada</translation>
    </message>
    <message>
        <source>%1: cannot read the file or it is empty</source>
        <translation>%1: não é possível ler o ficheiro ou está vazio</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: duplicate of a title already in the library, skipped</source>
        <translation>%1: duplicado de um título já existente na biblioteca, ignorado</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::MdbListSource</name>
    <message>
        <source>Invalid IMDb id</source>
        <translation>ID do IMDb inválido</translation>
    </message>
    <message>
        <source>Title has neither an IMDb nor a TMDB id</source>
        <translation>O título não tem ID do IMDb nem do TMDB</translation>
    </message>
    <message>
        <source>No MDBList API key configured</source>
        <translation>Nenhuma chave da API do MDBList configurada</translation>
    </message>
    <message>
        <source>MDBList rate limit reached</source>
        <translation>Limite de pedidos do MDBList atingido</translation>
    </message>
    <message>
        <source>MDBList daily request quota used up</source>
        <translation>Quota diária de pedidos do MDBList esgotada</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::NfoReader</name>
    <message>
        <source>XML error at line %1: %2</source>
        <translation>Erro de XML na linha %1: %2</translation>
    </message>
    <message>
        <source>not an XML document</source>
        <translation>não é um documento XML</translation>
    </message>
    <message>
        <source>root element is not &lt;movie&gt; or &lt;tvshow&gt;</source>
        <translation>o elemento raiz não é &lt;movie&gt; nem &lt;tvshow&gt;</translation>
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
        <translation>Erro %2 do %1</translation>
    </message>
    <message>
        <source>%1 sent malformed JSON</source>
        <translation>%1 enviou um JSON mal formado</translation>
    </message>
    <message>
        <source>%1 reported a failure</source>
        <translation>%1 comunicou uma falha</translation>
    </message>
    <message>
        <source>QualiCache rejected the API key (401): check QUALICACHE_API_KEY</source>
        <translation>O QualiCache rejeitou a chave da API (401): verifique QUALICACHE_API_KEY</translation>
    </message>
    <message>
        <source>QualiCache answered an unknown status</source>
        <translation>O QualiCache respondeu com um estado desconhecido</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::TmdbSource</name>
    <message>
        <source>No TMDB API key configured</source>
        <translation>Nenhuma chave da API do TMDB configurada</translation>
    </message>
    <message>
        <source>Invalid IMDb id</source>
        <translation>ID do IMDb inválido</translation>
    </message>
    <message>
        <source>No TMDB %1 found for imdb_id %2</source>
        <translation>Nenhum resultado do TMDB do tipo %1 para imdb_id %2</translation>
    </message>
    <message>
        <source>Invalid TMDB id</source>
        <translation>ID do TMDB inválido</translation>
    </message>
    <message>
        <source>Title not found on TMDB</source>
        <translation>Título não encontrado no TMDB</translation>
    </message>
    <message>
        <source>Invalid image path</source>
        <translation>Caminho de imagem inválido</translation>
    </message>
    <message>
        <source>Invalid image size</source>
        <translation>Tamanho de imagem inválido</translation>
    </message>
    <message>
        <source>Poster image not found on TMDB</source>
        <translation>Imagem do cartaz não encontrada no TMDB</translation>
    </message>
    <message>
        <source>Upstream sent an empty image</source>
        <translation>O serviço externo enviou uma imagem vazia</translation>
    </message>
    <message>
        <source>Invalid trending window</source>
        <translation>Janela de tendências inválida</translation>
    </message>
    <message>
        <source>No trending list on TMDB</source>
        <translation>Nenhuma lista de tendências no TMDB</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::TrendingSource</name>
    <message>
        <source>Trending list is neither TMDB nor MDBList JSON</source>
        <translation>A lista de tendências não é um JSON do TMDB nem do MDBList</translation>
    </message>
    <message>
        <source>No TMDB source for trending</source>
        <translation>Nenhuma fonte do TMDB para as tendências</translation>
    </message>
    <message>
        <source>Invalid trending list URL</source>
        <translation>URL da lista de tendências inválido</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::Upstream</name>
    <message>
        <source>Upstream error %1</source>
        <translation>Erro do serviço externo %1</translation>
    </message>
    <message>
        <source>Upstream sent malformed JSON</source>
        <translation>O serviço externo enviou um JSON mal formado</translation>
    </message>
</context>
<context>
    <name>Marquee::Storage</name>
    <message>
        <source>Cannot open the cache database: %1</source>
        <translation>Não é possível abrir a base de dados da cache: %1</translation>
    </message>
    <message>
        <source>Cache database error: %1</source>
        <translation>Erro da base de dados da cache: %1</translation>
    </message>
    <message>
        <source>no database connection became free within %1 ms (DB_POOL_MAX_SIZE %2)</source>
        <translation>nenhuma ligação à base de dados ficou livre em %1 ms (DB_POOL_MAX_SIZE %2)</translation>
    </message>
    <message>
        <source>PostgreSQL (%1): %2</source>
        <translation>PostgreSQL (%1): %2</translation>
    </message>
    <message>
        <source>copying %1: %2</source>
        <translation>a copiar %1: %2</translation>
    </message>
    <message>
        <source>no SQLite database at %1</source>
        <translation>não existe nenhuma base de dados SQLite em %1</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>não é possível abrir %1</translation>
    </message>
    <message>
        <source>DATABASE_URL: unsupported scheme &quot;%1&quot; (use postgres:// or postgresql://, or leave it empty for SQLite)</source>
        <translation>DATABASE_URL: esquema &quot;%1&quot; não suportado (utilize postgres:// ou postgresql://, ou deixe-o vazio para SQLite)</translation>
    </message>
    <message>
        <source>DATABASE_URL: cannot open the database: %1</source>
        <translation>DATABASE_URL: não é possível abrir a base de dados: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::Tray::TrayController</name>
    <message>
        <source>--tray: no system tray is available on this display; running headless.</source>
        <translation>--tray: não há nenhuma área de notificação disponível neste ecrã; a executar sem interface.</translation>
    </message>
    <message>
        <source>Open configurator</source>
        <translation>Abrir o configurador</translation>
    </message>
    <message>
        <source>Copy poster URL</source>
        <translation>Copiar o URL do cartaz</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>Pause serving</source>
        <translation>Pausar o serviço</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Resume serving</source>
        <translation>Retomar o serviço</translation>
    </message>
</context>
<context>
    <name>Marquee::Tray::TrayStatus</name>
    <message>
        <source>Paused (posters answer 503) — %1</source>
        <translation>Em pausa (os cartazes respondem 503) — %1</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>À escuta em %1</translation>
    </message>
    <message>
        <source>Renders: %1 (%2 in flight)</source>
        <translation>Renderizações: %1 (%2 em curso)</translation>
    </message>
    <message>
        <source>Renders: %1</source>
        <translation>Renderizações: %1</translation>
    </message>
    <message>
        <source>%1 in memory (%2)</source>
        <translation>%1 em memória (%2)</translation>
    </message>
    <message>
        <source>Cache: storage unavailable · %1</source>
        <translation>Cache: armazenamento indisponível · %1</translation>
    </message>
    <message>
        <source>Cache: %1 posters, %2 on disk · %3</source>
        <translation>Cache: %1 cartazes, %2 em disco · %3</translation>
    </message>
    <message>
        <source>Cache: %1 posters · %2</source>
        <translation>Cache: %1 cartazes · %2</translation>
    </message>
</context>
<context>
    <name>marqueed</name>
    <message>
        <source>Address to listen on (default 127.0.0.1; MARQUEE_HOST).</source>
        <translation>Endereço de escuta (predefinição 127.0.0.1; MARQUEE_HOST).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>endereço</translation>
    </message>
    <message>
        <source>Port to listen on, 0 for any free port (default 8000; PORT).</source>
        <translation>Porta de escuta, 0 para qualquer porta livre (predefinição 8000; PORT).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>porta</translation>
    </message>
    <message>
        <source>Data directory (MARQUEE_DATA_DIR).</source>
        <translation>Diretório de dados (MARQUEE_DATA_DIR).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>diretório</translation>
    </message>
    <message>
        <source>Cache directory (MARQUEE_CACHE_DIR).</source>
        <translation>Diretório da cache (MARQUEE_CACHE_DIR).</translation>
    </message>
    <message>
        <source>INI file with settings; environment variables override it.</source>
        <translation>Ficheiro INI com as definições; as variáveis de ambiente sobrepõem-se a ele.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ficheiro</translation>
    </message>
    <message>
        <source>Print every setting with its default and meaning, then exit.</source>
        <translation>Mostra cada definição com o valor predefinido e o significado e, depois, termina.</translation>
    </message>
    <message>
        <source>--port: &apos;%1&apos; is not a port number (0–65535)</source>
        <translation>--port: &apos;%1&apos; não é um número de porta (0–65535)</translation>
    </message>
    <message>
        <source>Marquee poster daemon: renders rated posters and serves them over HTTP.</source>
        <translation>Daemon de cartazes Marquee: gera cartazes com classificações e serve-os por HTTP.</translation>
    </message>
    <message>
        <source>marqueed %1 listening on http://%2:%3</source>
        <translation>marqueed %1 à escuta em http://%2:%3</translation>
    </message>
    <message>
        <source>Show a system-tray icon (status, open configurator, copy URL, pause, quit); runs headless with a message when there is no tray.</source>
        <translation>Mostra um ícone na área de notificação (estado, abrir o configurador, copiar o URL, pausar, sair); sem área de notificação, executa sem interface e mostra uma mensagem.</translation>
    </message>
</context>
</TS>
