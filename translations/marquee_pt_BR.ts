<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
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
</context>
<context>
    <name>Marquee::Config</name>
    <message>
        <source>Core</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
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
        <translation>%1 deve ser um número inteiro maior ou igual a %2 (recebido &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3 (got &quot;%4&quot;)</source>
        <translation>%1 deve ser um número entre %2 e %3 (recebido &quot;%4&quot;)</translation>
    </message>
    <message>
        <source>%1 must be a number (got &quot;%2&quot;)</source>
        <translation>%1 deve ser um número (recebido &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 must be true or false (got &quot;%2&quot;)</source>
        <translation>%1 deve ser true ou false (recebido &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 must be one of %2 (got &quot;%3&quot;)</source>
        <translation>%1 deve ser um dos seguintes valores: %2 (recebido &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1 must be an http(s) URL (got &quot;%2&quot;)</source>
        <translation>%1 deve ser uma URL http(s) (recebido &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 must look like letterboxd:0.8,tomatoes:0.2 with sources from %2 (got &quot;%3&quot;)</source>
        <translation>%1 deve ter o formato letterboxd:0.8,tomatoes:0.2 com fontes de entre %2 (recebido &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1 must be a language code such as en or pt-br (got &quot;%2&quot;)</source>
        <translation>%1 deve ser um código de idioma como en ou pt-br (recebido &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 must be 0, auto or a number of seconds (got &quot;%2&quot;)</source>
        <translation>%1 deve ser 0, auto ou um número de segundos (recebido &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1</source>
        <translation>Não foi possível ler o arquivo de configuração %1</translation>
    </message>
    <message>
        <source>%1 is not a valid INI file</source>
        <translation>%1 não é um arquivo INI válido</translation>
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
        <translation>Nome alternativo para PORT, usado apenas quando PORT não está definida</translation>
    </message>
    <message>
        <source>Where the database and user presets live</source>
        <translation>Local do banco de dados e das predefinições do usuário</translation>
    </message>
    <message>
        <source>Where downloaded art and rendered posters are cached</source>
        <translation>Local do cache das imagens baixadas e dos pôsteres gerados</translation>
    </message>
    <message>
        <source>&apos;:&apos;-separated local media library folders (.nfo + artwork); empty disables the built-in samples</source>
        <translation>Pastas da biblioteca de mídia local separadas por &apos;:&apos; (.nfo + imagens); vazio desativa os exemplos integrados</translation>
    </message>
    <message>
        <source>Server TMDB key; without it every request must bring tmdb_key=</source>
        <translation>Chave TMDB do servidor; sem ela, cada requisição deve incluir tmdb_key=</translation>
    </message>
    <message>
        <source>TMDB API base URL (empty = default)</source>
        <translation>URL base da API do TMDB (vazio = padrão)</translation>
    </message>
    <message>
        <source>TMDB image CDN base URL (empty = default)</source>
        <translation>URL base da CDN de imagens do TMDB (vazio = padrão)</translation>
    </message>
    <message>
        <source>Server MDBList key for ratings</source>
        <translation>Chave MDBList do servidor para as avaliações</translation>
    </message>
    <message>
        <source>Second MDBList key, used while the first one is rate-limited</source>
        <translation>Segunda chave MDBList, usada enquanto a primeira estiver no limite de requisições</translation>
    </message>
    <message>
        <source>MDBList API base URL (empty = default)</source>
        <translation>URL base da API do MDBList (vazio = padrão)</translation>
    </message>
    <message>
        <source>Deadline in milliseconds for one upstream API call</source>
        <translation>Tempo limite em milissegundos para cada chamada a uma API externa</translation>
    </message>
    <message>
        <source>Operator key; when set, /poster and the other operator routes require it</source>
        <translation>Chave de operador; quando definida, /poster e as demais rotas de operador a exigem</translation>
    </message>
    <message>
        <source>Unset: /p preset URLs and /poster are both served (private instance); true: public tier, /poster needs ACCESS_KEY (closed without one); false: /p answers 404</source>
        <translation>Não definido: tanto as URLs de predefinição /p quanto /poster são servidas (instância privada); true: nível público, /poster exige ACCESS_KEY (fechado sem ela); false: /p responde 404</translation>
    </message>
    <message>
        <source>Accept /poster requests with only an IMDb id and look up the TMDB id</source>
        <translation>Aceitar requisições a /poster apenas com um ID do IMDb e buscar o ID do TMDB</translation>
    </message>
    <message>
        <source>Output format: jpeg, webp, or auto (WebP when the client accepts it)</source>
        <translation>Formato de saída: jpeg, webp ou auto (WebP quando o cliente aceita)</translation>
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
        <translation>max-age de Cache-Control para /poster: vazio ou 0 = nenhum, auto = até o pôster expirar, ou segundos</translation>
    </message>
    <message>
        <source>Cache-Control max-age in seconds for fully cached /p responses</source>
        <translation>max-age de Cache-Control em segundos para respostas /p totalmente em cache</translation>
    </message>
    <message>
        <source>Renders allowed to run at the same time</source>
        <translation>Renderizações permitidas ao mesmo tempo</translation>
    </message>
    <message>
        <source>When above 0, overrides POSTER_RENDER_CONCURRENCY</source>
        <translation>Quando maior que 0, substitui POSTER_RENDER_CONCURRENCY</translation>
    </message>
    <message>
        <source>Seconds a request waits for a render slot before a 503 (0 = wait forever)</source>
        <translation>Segundos que uma requisição aguarda por uma vaga de renderização antes de um 503 (0 = esperar indefinidamente)</translation>
    </message>
    <message>
        <source>Seconds a rendered poster stays cached</source>
        <translation>Segundos que um pôster gerado permanece em cache</translation>
    </message>
    <message>
        <source>Random extra seconds added per poster so entries do not expire together</source>
        <translation>Segundos extras aleatórios por pôster para que as entradas não expirem ao mesmo tempo</translation>
    </message>
    <message>
        <source>Rendered posters kept in memory in front of the disk cache</source>
        <translation>Pôsteres gerados mantidos em memória à frente do cache em disco</translation>
    </message>
    <message>
        <source>Render every request afresh and send no-store headers</source>
        <translation>Gerar novamente cada requisição e enviar cabeçalhos no-store</translation>
    </message>
    <message>
        <source>Default rating-source weights for movies</source>
        <translation>Pesos padrão das fontes de avaliação para filmes</translation>
    </message>
    <message>
        <source>Default rating-source weights for series</source>
        <translation>Pesos padrão das fontes de avaliação para séries</translation>
    </message>
    <message>
        <source>Ratings with fewer votes than this are ignored</source>
        <translation>Avaliações com menos votos que este valor são ignoradas</translation>
    </message>
    <message>
        <source>Logo language when the request has no logo_language</source>
        <translation>Idioma do logotipo quando a requisição não inclui logo_language</translation>
    </message>
    <message>
        <source>Alternative name for DEFAULT_LOGO_LANGUAGE, used only when that is unset</source>
        <translation>Nome alternativo para DEFAULT_LOGO_LANGUAGE, usado apenas quando esta não está definida</translation>
    </message>
    <message>
        <source>Metadata and cache database; empty = SQLite (cache.db) in the cache folder</source>
        <translation>Banco de dados de metadados e cache; vazio = SQLite (cache.db) na pasta de cache</translation>
    </message>
    <message>
        <source>Where rendered posters are stored; empty = the cache folder</source>
        <translation>Local dos pôsteres gerados; vazio = a pasta de cache</translation>
    </message>
    <message>
        <source>Log line format on stderr: text or json</source>
        <translation>Formato das linhas de log em stderr: text ou json</translation>
    </message>
    <message>
        <source>Key for /metrics (Authorization: Bearer or ?access_key=); unset leaves /metrics open</source>
        <translation>Chave para /metrics (Authorization: Bearer ou ?access_key=); se não definida, /metrics fica aberto</translation>
    </message>
    <message>
        <source>Requests per second per tenant on /poster (tenant = its TMDB or MDBList key), for all of /p together, and per key on /search and /resolve-imdb; 0 = no limit</source>
        <translation>Requisições por segundo por cliente em /poster (cliente = sua chave TMDB ou MDBList), para todo o /p em conjunto e por chave em /search e /resolve-imdb; 0 = sem limite</translation>
    </message>
    <message>
        <source>Requests per second shared by all /search and /resolve-imdb calls without a key; 0 = no limit</source>
        <translation>Requisições por segundo compartilhadas por todas as chamadas a /search e /resolve-imdb sem chave; 0 = sem limite</translation>
    </message>
</context>
<context>
    <name>Marquee::ContactSheet</name>
    <message>
        <source>Score Bar</source>
        <translation>Barra de nota</translation>
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
        <source>Frosted Bar</source>
        <translation>Barra fosca</translation>
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
        <translation>%1: não foi possível decodificar o pôster gerado</translation>
    </message>
    <message>
        <source>Marquee contact sheet</source>
        <translation>Folha de contato do Marquee</translation>
    </message>
    <message>
        <source>marqueed %1 · bundled sample library · posters %2×%3 shown at half size</source>
        <translation>marqueed %1 · biblioteca de exemplo incluída · pôsteres de %2×%3 exibidos na metade do tamanho</translation>
    </message>
</context>
<context>
    <name>Marquee::Daemon</name>
    <message>
        <source>DATABASE_URL: only the embedded SQLite store is available in this build</source>
        <translation>DATABASE_URL: nesta compilação, apenas o armazenamento SQLite embutido está disponível</translation>
    </message>
    <message>
        <source>OBJECT_STORE_URL: only the local composite directory is available in this build</source>
        <translation>OBJECT_STORE_URL: nesta compilação, apenas o diretório local de composições está disponível</translation>
    </message>
    <message>
        <source>MARQUEE_HOST: &apos;%1&apos; is not an IP address (use 127.0.0.1, 0.0.0.0, ::1 or localhost)</source>
        <translation>MARQUEE_HOST: &apos;%1&apos; não é um endereço IP (use 127.0.0.1, 0.0.0.0, ::1 ou localhost)</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>Não foi possível criar o diretório %1</translation>
    </message>
    <message>
        <source>The bundled fonts could not be loaded</source>
        <translation>Não foi possível carregar as fontes incluídas</translation>
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
        <translation>Pôsteres personalizados não estão disponíveis nesta instância; use uma URL de predefinição /p/{preset}/{type}/{imdb_id}.jpg.</translation>
    </message>
    <message>
        <source>Unauthorized, your access key is not valid for this instance.</source>
        <translation>Não autorizado: sua chave de acesso não é válida para esta instância.</translation>
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
        <translation>Título muito longo</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::ErrorResponse</name>
    <message>
        <source>Invalid request</source>
        <translation>Requisição inválida</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>Unauthorized, your access key is not valid for this instance.</source>
        <translation>Não autorizado: sua chave de acesso não é válida para esta instância.</translation>
    </message>
    <message>
        <source>Rate limit exceeded</source>
        <translation>Limite de requisições excedido</translation>
    </message>
    <message>
        <source>Server saturated — try again shortly</source>
        <translation>Servidor sobrecarregado — tente novamente em instantes</translation>
    </message>
    <message>
        <source>The server is not configured for this request</source>
        <translation>O servidor não está configurado para esta requisição</translation>
    </message>
    <message>
        <source>Upstream request timed out</source>
        <translation>A requisição ao serviço externo excedeu o tempo limite</translation>
    </message>
    <message>
        <source>Upstream error %1</source>
        <translation>Erro do serviço externo %1</translation>
    </message>
    <message>
        <source>Failed to build poster</source>
        <translation>Falha ao gerar o pôster</translation>
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
        <translation>Não foi possível escutar em %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::PosterRoutes</name>
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation>Predefinição desconhecida &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::ProbeRoutes</name>
    <message>
        <source>Not ready: %1</source>
        <translation>Não está pronto: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::RateLimiter</name>
    <message>
        <source>Rate limit exceeded (%1 req/s)</source>
        <translation>Limite de requisições excedido (%1 req/s)</translation>
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
    <name>Marquee::Http::TmdbProxyRoutes</name>
    <message>
        <source>Invalid type (movie|tv)</source>
        <translation>Tipo inválido (movie|tv)</translation>
    </message>
    <message>
        <source>Missing required parameter: tmdb_id</source>
        <translation>Parâmetro obrigatório ausente: tmdb_id</translation>
    </message>
    <message>
        <source>Invalid tmdb_id</source>
        <translation>tmdb_id inválido</translation>
    </message>
    <message>
        <source>Missing required parameter: q</source>
        <translation>Parâmetro obrigatório ausente: q</translation>
    </message>
    <message>
        <source>Query too long</source>
        <translation>Consulta longa demais</translation>
    </message>
    <message>
        <source>No TMDB API key available. Either provide tmdb_key= or set TMDB_API_KEY on the server.</source>
        <translation>Nenhuma chave de API do TMDB disponível. Informe tmdb_key= ou defina TMDB_API_KEY no servidor.</translation>
    </message>
    <message>
        <source>TMDB could not be reached</source>
        <translation>Não foi possível conectar ao TMDB</translation>
    </message>
</context>
<context>
    <name>Marquee::Net::HttpClient</name>
    <message>
        <source>Invalid upstream URL</source>
        <translation>URL externa inválida</translation>
    </message>
    <message>
        <source>Upstream request timed out</source>
        <translation>A requisição ao serviço externo excedeu o tempo limite</translation>
    </message>
    <message>
        <source>Upstream response too large</source>
        <translation>Resposta do serviço externo grande demais</translation>
    </message>
    <message>
        <source>Upstream connection failed</source>
        <translation>Falha na conexão com o serviço externo</translation>
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
        <translation>Suspense</translation>
    </message>
    <message>
        <source>War</source>
        <translation>Guerra</translation>
    </message>
    <message>
        <source>Western</source>
        <translation>Faroeste</translation>
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
        <translation>Novela</translation>
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
        <translation>maior que 20 MB</translation>
    </message>
    <message>
        <source>%1×%2 exceeds 6000×6000</source>
        <translation>%1×%2 excede 6000×6000</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::InFlightRenders</name>
    <message>
        <source>Failed to build poster</source>
        <translation>Falha ao gerar o pôster</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::PosterEncoder</name>
    <message>
        <source>Cannot encode poster: %1</source>
        <translation>Não foi possível codificar o pôster: %1</translation>
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
        <translation>Imagem do pôster não encontrada no TMDB</translation>
    </message>
    <message>
        <source>No logo available</source>
        <translation>Nenhum logotipo disponível</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::RenderSlots</name>
    <message>
        <source>Server saturated — try again shortly</source>
        <translation>Servidor sobrecarregado — tente novamente em instantes</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::SashPicker</name>
    <message>
        <source>Cannes Winner</source>
        <translation>Prêmio Cannes</translation>
    </message>
    <message>
        <source>Venice Winner</source>
        <translation>Prêmio Veneza</translation>
    </message>
    <message>
        <source>Berlin Winner</source>
        <translation>Prêmio Berlim</translation>
    </message>
    <message>
        <source>Locarno Winner</source>
        <translation>Prêmio Locarno</translation>
    </message>
    <message>
        <source>Sundance Winner</source>
        <translation>Prêmio Sundance</translation>
    </message>
    <message>
        <source>Foreign</source>
        <translation>Estrangeiro</translation>
    </message>
    <message>
        <source>Oscar Winner</source>
        <translation>Vencedor do Oscar</translation>
    </message>
    <message>
        <source>Oscar Nominee</source>
        <translation>Indicado ao Oscar</translation>
    </message>
    <message>
        <source>Must-See</source>
        <translation>Imperdível</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novidade</translation>
    </message>
    <message>
        <source>Cult Classic</source>
        <translation>Clássico cult</translation>
    </message>
    <message>
        <source>True Story</source>
        <translation>História real</translation>
    </message>
    <message>
        <source>Short Film</source>
        <translation>Curta-metragem</translation>
    </message>
    <message>
        <source>Mini Series</source>
        <translation>Minissérie</translation>
    </message>
    <message>
        <source>Binge Ready</source>
        <translation>Para maratonar</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::TitleResolver</name>
    <message>
        <source>Missing required parameter: tmdb_id. Add tmdb_id={tmdb_id} to the URL.</source>
        <translation>Parâmetro obrigatório ausente: tmdb_id. Adicione tmdb_id={tmdb_id} à URL.</translation>
    </message>
    <message>
        <source>Server TMDB key not configured</source>
        <translation>Chave TMDB do servidor não configurada</translation>
    </message>
    <message>
        <source>No TMDB API key available. Either provide tmdb_key= or set TMDB_API_KEY on the server.</source>
        <translation>Nenhuma chave de API do TMDB disponível. Informe tmdb_key= ou defina TMDB_API_KEY no servidor.</translation>
    </message>
    <message>
        <source>No TMDB %1 found for imdb_id %2</source>
        <translation>Nenhum resultado do TMDB do tipo %1 para imdb_id %2</translation>
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
        <translation>Vinheta tingida com modo de avaliação mínimo que mostra a cor da avaliação (ouro, prata, bronze), o gênero e o ano. Um entalhe combinando no topo mostra informações interessantes.</translation>
    </message>
    <message>
        <source>Tinted Minimalist Sash</source>
        <translation>Faixa minimalista tingida</translation>
    </message>
    <message>
        <source>Tinted vignette with the minimal rating line (score-coloured mark, genre and year) and a diagonal corner sash for awards and other highlights.</source>
        <translation>Vinheta tingida com a linha de avaliação mínima (marca colorida conforme a nota, gênero e ano) e uma faixa diagonal no canto para prêmios e outros destaques.</translation>
    </message>
    <message>
        <source>Bar with matching notch</source>
        <translation>Barra com entalhe combinando</translation>
    </message>
    <message>
        <source>Notch and bar sampled from the posters colour, clean and easy to read.</source>
        <translation>Entalhe e barra com a cor extraída do pôster, limpos e fáceis de ler.</translation>
    </message>
    <message>
        <source>Bar with matching sash</source>
        <translation>Barra com faixa combinando</translation>
    </message>
    <message>
        <source>Bottom bar and diagonal corner sash both tinted from the poster&apos;s own colours.</source>
        <translation>Barra inferior e faixa diagonal no canto, ambas tingidas com as cores do próprio pôster.</translation>
    </message>
    <message>
        <source>Rating Bar with Notch</source>
        <translation>Barra de avaliação com entalhe</translation>
    </message>
    <message>
        <source>The bar at the bottom is colored based on the rating for &apos;at a glance&apos; ratings, along with a notch sampled from the posters colour at the top.</source>
        <translation>A barra inferior é colorida de acordo com a avaliação, para uma leitura rápida, com um entalhe no topo com a cor extraída do pôster.</translation>
    </message>
    <message>
        <source>Rating Bar with Sash</source>
        <translation>Barra de avaliação com faixa</translation>
    </message>
    <message>
        <source>A score-coloured rating bar for quick reading, with a diagonal corner sash for highlights.</source>
        <translation>Uma barra de avaliação colorida conforme a nota para uma leitura rápida, com uma faixa diagonal no canto para destaques.</translation>
    </message>
    <message>
        <source>Clean Notch</source>
        <translation>Entalhe limpo</translation>
    </message>
    <message>
        <source>One clean line with genre and score under the logo, and a notch at the top tinted from the poster.</source>
        <translation>Uma linha limpa com o gênero e a nota abaixo do logotipo, e um entalhe no topo tingido com a cor do pôster.</translation>
    </message>
    <message>
        <source>Clean Sash</source>
        <translation>Faixa limpa</translation>
    </message>
    <message>
        <source>One clean line with genre and score under the logo, and a diagonal corner sash for highlights.</source>
        <translation>Uma linha limpa com o gênero e a nota abaixo do logotipo, e uma faixa diagonal no canto para destaques.</translation>
    </message>
    <message>
        <source>Original Art - Mini &amp; Sash</source>
        <translation>Arte original - Mini e faixa</translation>
    </message>
    <message>
        <source>The official poster with its own title treatment, a minimal rating line and a diagonal corner sash.</source>
        <translation>O pôster oficial com o próprio tratamento do título, uma linha de avaliação mínima e uma faixa diagonal no canto.</translation>
    </message>
    <message>
        <source>Original Art - Bar &amp; Notch</source>
        <translation>Arte original - Barra e entalhe</translation>
    </message>
    <message>
        <source>The official poster with its own title treatment, a bar and a matching notch sampled from its colours.</source>
        <translation>O pôster oficial com o próprio tratamento do título, uma barra e um entalhe combinando extraídos das suas cores.</translation>
    </message>
    <message>
        <source>Retired style, kept so existing URLs keep working.</source>
        <translation>Estilo descontinuado, mantido para que as URLs existentes continuem funcionando.</translation>
    </message>
    <message>
        <source>Prestige Rating Bar</source>
        <translation>Barra de avaliação Prestígio</translation>
    </message>
    <message>
        <source>Light Rating Bar</source>
        <translation>Barra de avaliação clara</translation>
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
        <translation>Barra de avaliação preta, entalhe claro</translation>
    </message>
    <message>
        <source>Black Rating Bar (Original Art)</source>
        <translation>Barra de avaliação preta (arte original)</translation>
    </message>
    <message>
        <source>Frosted Rating Bar (Original Art)</source>
        <translation>Barra de avaliação fosca (arte original)</translation>
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
        <translation>Arquivo a ser gravado (padrão &lt;ID&gt;.jpg, ou contact-sheet.png).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
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
        <translation>movie (padrão) ou tv.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>/poster parameters applied on top of the preset, e.g. &quot;shape=landscape&amp;rating_display_mode=3&quot;.</source>
        <translation>Parâmetros de /poster aplicados sobre a predefinição, por exemplo, &quot;shape=landscape&amp;rating_display_mode=3&quot;.</translation>
    </message>
    <message>
        <source>k=v&amp;…</source>
        <translation>k=v&amp;…</translation>
    </message>
    <message>
        <source>Write a PNG grid of every preset and every rating mode × palette instead.</source>
        <translation>Em vez disso, grava uma grade PNG com todas as predefinições e todos os modos de avaliação × paleta.</translation>
    </message>
    <message>
        <source>INI file with settings; environment variables override it.</source>
        <translation>Arquivo INI com as configurações; as variáveis de ambiente têm prioridade sobre ele.</translation>
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
        <translation>Diretório de cache (MARQUEE_CACHE_DIR).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>wrote %1 (%2×%3, %4 bytes)</source>
        <translation>%1 gravado (%2×%3, %4 bytes)</translation>
    </message>
    <message>
        <source>Cannot encode the contact sheet as PNG</source>
        <translation>Não foi possível codificar a folha de contato como PNG</translation>
    </message>
    <message>
        <source>Renders one poster to a file through the daemon&apos;s pipeline and settings.</source>
        <translation>Gera um pôster em um arquivo usando o pipeline e as configurações do daemon.</translation>
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
        <translation>Informe exatamente um ID (tt…, um ID do TMDB ou tmdb:&lt;id&gt;); consulte marqueed render --help</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation>Predefinição desconhecida &apos;%1&apos;</translation>
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
        <translation>%1: não foi possível ler o arquivo ou ele está vazio</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: duplicate of a title already in the library, skipped</source>
        <translation>%1: duplicata de um título já existente na biblioteca, ignorado</translation>
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
        <translation>Nenhuma chave de API do MDBList configurada</translation>
    </message>
    <message>
        <source>MDBList rate limit reached</source>
        <translation>Limite de requisições do MDBList atingido</translation>
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
        <translation>sem &lt;title&gt;</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::TmdbSource</name>
    <message>
        <source>No TMDB API key configured</source>
        <translation>Nenhuma chave de API do TMDB configurada</translation>
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
        <translation>Imagem do pôster não encontrada no TMDB</translation>
    </message>
    <message>
        <source>Upstream sent an empty image</source>
        <translation>O serviço externo enviou uma imagem vazia</translation>
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
        <translation>Não foi possível abrir o banco de dados de cache: %1</translation>
    </message>
    <message>
        <source>Cache database error: %1</source>
        <translation>Erro no banco de dados de cache: %1</translation>
    </message>
</context>
<context>
    <name>marqueed</name>
    <message>
        <source>Address to listen on (default 127.0.0.1; MARQUEE_HOST).</source>
        <translation>Endereço de escuta (padrão 127.0.0.1; MARQUEE_HOST).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>endereço</translation>
    </message>
    <message>
        <source>Port to listen on, 0 for any free port (default 8000; PORT).</source>
        <translation>Porta de escuta, 0 para qualquer porta livre (padrão 8000; PORT).</translation>
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
        <translation>Diretório de cache (MARQUEE_CACHE_DIR).</translation>
    </message>
    <message>
        <source>INI file with settings; environment variables override it.</source>
        <translation>Arquivo INI com as configurações; as variáveis de ambiente têm prioridade sobre ele.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>Print every setting with its default and meaning, then exit.</source>
        <translation>Exibe cada configuração com seu valor padrão e significado e, em seguida, sai.</translation>
    </message>
    <message>
        <source>--port: &apos;%1&apos; is not a port number (0–65535)</source>
        <translation>--port: &apos;%1&apos; não é um número de porta (0–65535)</translation>
    </message>
    <message>
        <source>Marquee poster daemon: renders rated posters and serves them over HTTP.</source>
        <translation>Daemon de pôsteres Marquee: gera pôsteres com avaliações e os serve via HTTP.</translation>
    </message>
    <message>
        <source>marqueed %1 listening on http://%2:%3</source>
        <translation>marqueed %1 escutando em http://%2:%3</translation>
    </message>
</context>
</TS>
