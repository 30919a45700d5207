<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
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
        <translation>Chave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Local marqueed, started by the app</source>
        <translation>marqueed &amp;local, iniciado pela aplicação</translation>
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
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>The local daemon&apos;s log appears here.</source>
        <translation>O registo do daemon local aparece aqui.</translation>
    </message>
    <message>
        <source>Re&amp;fresh status</source>
        <translation>Atuali&amp;zar estado</translation>
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
        <translation>Daemon local à escuta em %1</translation>
    </message>
    <message>
        <source>Choose the marqueed program</source>
        <translation>Escolher o programa marqueed</translation>
    </message>
    <message>
        <source>found next to the app or on PATH</source>
        <translation>procurado junto à aplicação ou no PATH</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>qualquer porta livre</translation>
    </message>
    <message>
        <source>the daemon&apos;s defaults (~/.local/share/marquee, ~/.cache/marquee)</source>
        <translation>as predefinições do daemon (~/.local/share/marquee, ~/.cache/marquee)</translation>
    </message>
    <message>
        <source>Holds the daemon&apos;s database, user presets and cache (in its cache folder).</source>
        <translation>Contém a base de dados do daemon, as predefinições do utilizador e a cache (na sua pasta cache).</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Data directory:</source>
        <translation>Pasta de &amp;dados:</translation>
    </message>
    <message>
        <source>marqueed program</source>
        <translation>Programa marqueed</translation>
    </message>
    <message>
        <source>only needed when the daemon has ACCESS_KEY</source>
        <translation>só é necessária se o daemon tiver ACCESS_KEY</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Access &amp;key:</source>
        <translation>&amp;Chave de acesso:</translation>
    </message>
    <message>
        <source>marqueed not found: set its path above.</source>
        <translation>marqueed não encontrado: indique o caminho acima.</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>A iniciar %1…</translation>
    </message>
    <message>
        <source>Stopping the local daemon…</source>
        <translation>A parar o daemon local…</translation>
    </message>
    <message>
        <source>No daemon answers at %1 (%2).</source>
        <translation>Nenhum daemon responde em %1 (%2).</translation>
    </message>
    <message>
        <source>Connected to %1 — ready.</source>
        <translation>Ligado a %1 — pronto.</translation>
    </message>
    <message>
        <source>Connected to %1 — not ready (%2).</source>
        <translation>Ligado a %1 — não está pronto (%2).</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
</context>
<context>
    <name>Marquee::App::DaemonProcess</name>
    <message>
        <source>marqueed could not be started: %1</source>
        <translation>Não foi possível iniciar o marqueed: %1</translation>
    </message>
    <message>
        <source>marqueed crashed</source>
        <translation>o marqueed falhou</translation>
    </message>
    <message>
        <source>marqueed exited with status %1</source>
        <translation>o marqueed terminou com o estado %1</translation>
    </message>
</context>
<context>
    <name>Marquee::App::MainWindow</name>
    <message>
        <source>Marquee — poster configurator</source>
        <translation>Marquee — configurador de cartazes</translation>
    </message>
    <message>
        <source>Loaded preset “%1”.</source>
        <translation>Predefinição “%1” carregada.</translation>
    </message>
    <message>
        <source>Editing configuration:</source>
        <translation>A editar a configuração:</translation>
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
        <translation>Editar a configuração A (Ctrl+1)</translation>
    </message>
    <message>
        <source>Edit configuration B (Ctrl+2)</source>
        <translation>Editar a configuração B (Ctrl+2)</translation>
    </message>
    <message>
        <source>Co&amp;mpare A/B</source>
        <translation>Co&amp;mparar A/B</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>Re&amp;por</translation>
    </message>
    <message>
        <source>Reset the configuration being edited to the server defaults</source>
        <translation>Repor as predefinições do servidor na configuração em edição</translation>
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
        <translation>&amp;Predefinições</translation>
    </message>
    <message>
        <source>&amp;Daemon</source>
        <translation>&amp;Daemon</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
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
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find title</source>
        <translation>&amp;Procurar título</translation>
    </message>
    <message>
        <source>Edit configuration &amp;A</source>
        <translation>Editar configuração &amp;A</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Edit configuration &amp;B</source>
        <translation>Editar configuração &amp;B</translation>
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
        <translation>&amp;Repor predefinições</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Definições</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About Marquee</source>
        <translation>&amp;Sobre o Marquee</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>About Marquee</source>
        <translation>Sobre o Marquee</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Marquee %1&lt;/h3&gt;&lt;p&gt;Configure rated posters and preview them exactly as the daemon renders them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Marquee %1&lt;/h3&gt;&lt;p&gt;Configure cartazes com classificações e pré-visualize-os exatamente como o daemon os gera.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>A importação falhou: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported a %1 URL: %n setting(s) differ from the defaults.</source>
        <translation>
            <numerusform>URL %1 importado: %n definição difere das predefinições.</numerusform>
            <numerusform>URL %1 importado: %n definições diferem das predefinições.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::App::ParamEditor</name>
    <message>
        <source>default</source>
        <translation>predefinição</translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation>Escolher uma cor</translation>
    </message>
    <message>
        <source>Match the score</source>
        <translation>Conforme a nota</translation>
    </message>
    <message>
        <source>language code, e.g. en or pt-br</source>
        <translation>código de idioma, p. ex. en ou pt-br</translation>
    </message>
    <message>
        <source>Ticked sashes in this order; drag or press Ctrl+Up/Ctrl+Down to reorder.</source>
        <translation>Faixas marcadas nesta ordem; arraste ou prima Ctrl+Cima/Ctrl+Baixo para reordenar.</translation>
    </message>
    <message>
        <source>Default order</source>
        <translation>Ordem predefinida</translation>
    </message>
    <message>
        <source>Own weights (otherwise the server&apos;s)</source>
        <translation>Pesos próprios (caso contrário, os do servidor)</translation>
    </message>
</context>
<context>
    <name>Marquee::App::ParamForm</name>
    <message>
        <source>URL parameter %1, default “%2”%3</source>
        <translation>Parâmetro de URL %1, predefinição “%2”%3</translation>
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
        <translation>Imagem horizontal</translation>
    </message>
    <message>
        <source>Landscape badge position</source>
        <translation>Posição do selo (horizontal)</translation>
    </message>
    <message>
        <source>Fallback poster style</source>
        <translation>Estilo do cartaz alternativo</translation>
    </message>
    <message>
        <source>Top vignette</source>
        <translation>Vinheta superior</translation>
    </message>
    <message>
        <source>Bottom vignette</source>
        <translation>Vinheta inferior</translation>
    </message>
    <message>
        <source>Top vignette opacity</source>
        <translation>Opacidade da vinheta superior</translation>
    </message>
    <message>
        <source>Top vignette height</source>
        <translation>Altura da vinheta superior</translation>
    </message>
    <message>
        <source>Bottom vignette opacity</source>
        <translation>Opacidade da vinheta inferior</translation>
    </message>
    <message>
        <source>Bottom vignette height</source>
        <translation>Altura da vinheta inferior</translation>
    </message>
    <message>
        <source>Top vignette only with a sash</source>
        <translation>Vinheta superior só com faixa</translation>
    </message>
    <message>
        <source>Top vignette colour from poster</source>
        <translation>Cor da vinheta superior a partir do cartaz</translation>
    </message>
    <message>
        <source>Bottom vignette colour from poster</source>
        <translation>Cor da vinheta inferior a partir do cartaz</translation>
    </message>
    <message>
        <source>Vignette colour saturation</source>
        <translation>Saturação da cor da vinheta</translation>
    </message>
    <message>
        <source>Vignette colour lightness</source>
        <translation>Luminosidade da cor da vinheta</translation>
    </message>
    <message>
        <source>Vignette colour blur</source>
        <translation>Desfocagem da cor da vinheta</translation>
    </message>
    <message>
        <source>Two-tone vignette</source>
        <translation>Vinheta bicolor</translation>
    </message>
    <message>
        <source>Blend into nearby art</source>
        <translation>Fundir com a imagem próxima</translation>
    </message>
    <message>
        <source>Rating display mode</source>
        <translation>Modo de apresentação da classificação</translation>
    </message>
    <message>
        <source>Colour palette</source>
        <translation>Paleta de cores</translation>
    </message>
    <message>
        <source>Custom palette</source>
        <translation>Paleta personalizada</translation>
    </message>
    <message>
        <source>Rating text colour</source>
        <translation>Cor do texto da classificação</translation>
    </message>
    <message>
        <source>Hide genre</source>
        <translation>Ocultar género</translation>
    </message>
    <message>
        <source>Accent bar font size</source>
        <translation>Tamanho da letra da barra de destaque</translation>
    </message>
    <message>
        <source>Accent bar text position</source>
        <translation>Posição do texto da barra de destaque</translation>
    </message>
    <message>
        <source>Accent bar label suffix</source>
        <translation>Sufixo da etiqueta da barra de destaque</translation>
    </message>
    <message>
        <source>Accent bar position</source>
        <translation>Posição da barra de destaque</translation>
    </message>
    <message>
        <source>Glow threshold</source>
        <translation>Limiar do brilho</translation>
    </message>
    <message>
        <source>Glow blur</source>
        <translation>Desfocagem do brilho</translation>
    </message>
    <message>
        <source>Glow brightness</source>
        <translation>Intensidade do brilho</translation>
    </message>
    <message>
        <source>Glow colour</source>
        <translation>Cor do brilho</translation>
    </message>
    <message>
        <source>Score font size</source>
        <translation>Tamanho da letra da nota</translation>
    </message>
    <message>
        <source>Score position</source>
        <translation>Posição da nota</translation>
    </message>
    <message>
        <source>Score out of 10</source>
        <translation>Nota em 10</translation>
    </message>
    <message>
        <source>Minimalist font size</source>
        <translation>Tamanho da letra minimalista</translation>
    </message>
    <message>
        <source>Minimalist horizontal position</source>
        <translation>Posição horizontal minimalista</translation>
    </message>
    <message>
        <source>Minimalist vertical position</source>
        <translation>Posição vertical minimalista</translation>
    </message>
    <message>
        <source>Minimalist append</source>
        <translation>Acréscimo minimalista</translation>
    </message>
    <message>
        <source>Minimalist score out of 10</source>
        <translation>Nota minimalista em 10</translation>
    </message>
    <message>
        <source>Centre under the logo</source>
        <translation>Centrar sob o logótipo</translation>
    </message>
    <message>
        <source>Minimalist separator</source>
        <translation>Separador minimalista</translation>
    </message>
    <message>
        <source>Minimalist rating separator</source>
        <translation>Separador minimalista da nota</translation>
    </message>
    <message>
        <source>Bar style</source>
        <translation>Estilo da barra</translation>
    </message>
    <message>
        <source>Rating bar colour</source>
        <translation>Cor da barra de classificação</translation>
    </message>
    <message>
        <source>Bar append</source>
        <translation>Acréscimo da barra</translation>
    </message>
    <message>
        <source>Bar score out of 10</source>
        <translation>Nota da barra em 10</translation>
    </message>
    <message>
        <source>Bar height</source>
        <translation>Altura da barra</translation>
    </message>
    <message>
        <source>Bar font size</source>
        <translation>Tamanho da letra da barra</translation>
    </message>
    <message>
        <source>Bar opacity</source>
        <translation>Opacidade da barra</translation>
    </message>
    <message>
        <source>Bar colour saturation</source>
        <translation>Saturação da cor da barra</translation>
    </message>
    <message>
        <source>Bar inset from bottom</source>
        <translation>Recuo da barra a partir de baixo</translation>
    </message>
    <message>
        <source>Reference colour</source>
        <translation>Cor de referência</translation>
    </message>
    <message>
        <source>Textless art</source>
        <translation>Imagem sem texto</translation>
    </message>
    <message>
        <source>Original art</source>
        <translation>Imagem original</translation>
    </message>
    <message>
        <source>Original art source</source>
        <translation>Fonte da imagem original</translation>
    </message>
    <message>
        <source>Logo language</source>
        <translation>Idioma do logótipo</translation>
    </message>
    <message>
        <source>Secondary logo language</source>
        <translation>Idioma secundário do logótipo</translation>
    </message>
    <message>
        <source>Language priority</source>
        <translation>Prioridade de idioma</translation>
    </message>
    <message>
        <source>Logo width</source>
        <translation>Largura do logótipo</translation>
    </message>
    <message>
        <source>Logo height</source>
        <translation>Altura do logótipo</translation>
    </message>
    <message>
        <source>Logo position</source>
        <translation>Posição do logótipo</translation>
    </message>
    <message>
        <source>Anchor logo at its bottom</source>
        <translation>Ancorar o logótipo pela base</translation>
    </message>
    <message>
        <source>Info sash mode</source>
        <translation>Modo da faixa informativa</translation>
    </message>
    <message>
        <source>Sash priority</source>
        <translation>Prioridade das faixas</translation>
    </message>
    <message>
        <source>Muted sashes</source>
        <translation>Faixas atenuadas</translation>
    </message>
    <message>
        <source>Sash colour from poster</source>
        <translation>Cor da faixa a partir do cartaz</translation>
    </message>
    <message>
        <source>Sash distance from corner</source>
        <translation>Distância da faixa ao canto</translation>
    </message>
    <message>
        <source>Sash size</source>
        <translation>Tamanho da faixa</translation>
    </message>
    <message>
        <source>Winner star</source>
        <translation>Estrela de vencedor</translation>
    </message>
    <message>
        <source>Sash text colour</source>
        <translation>Cor do texto da faixa</translation>
    </message>
    <message>
        <source>Notch style</source>
        <translation>Estilo do entalhe</translation>
    </message>
    <message>
        <source>Notch width</source>
        <translation>Largura do entalhe</translation>
    </message>
    <message>
        <source>Notch height</source>
        <translation>Altura do entalhe</translation>
    </message>
    <message>
        <source>Notch padding</source>
        <translation>Margem interior do entalhe</translation>
    </message>
    <message>
        <source>Notch inset</source>
        <translation>Recuo do entalhe</translation>
    </message>
    <message>
        <source>Notch font size</source>
        <translation>Tamanho da letra do entalhe</translation>
    </message>
    <message>
        <source>Notch opacity</source>
        <translation>Opacidade do entalhe</translation>
    </message>
    <message>
        <source>Notch colour saturation</source>
        <translation>Saturação da cor do entalhe</translation>
    </message>
    <message>
        <source>Match tinted vignette</source>
        <translation>Igualar a vinheta tingida</translation>
    </message>
    <message>
        <source>Greyscale poster if unavailable</source>
        <translation>Cartaz a cinzento se indisponível</translation>
    </message>
    <message>
        <source>Consider available if a source is found</source>
        <translation>Considerar disponível se houver uma fonte</translation>
    </message>
    <message>
        <source>Release status: unavailable only</source>
        <translation>Estado de estreia: só indisponíveis</translation>
    </message>
    <message>
        <source>Release status: show date</source>
        <translation>Estado de estreia: mostrar data</translation>
    </message>
    <message>
        <source>Quality display mode</source>
        <translation>Modo de apresentação da qualidade</translation>
    </message>
    <message>
        <source>Badge size</source>
        <translation>Tamanho do selo</translation>
    </message>
    <message>
        <source>Badge gap</source>
        <translation>Espaçamento dos selos</translation>
    </message>
    <message>
        <source>Badge horizontal position</source>
        <translation>Posição horizontal do selo</translation>
    </message>
    <message>
        <source>Badge vertical position</source>
        <translation>Posição vertical do selo</translation>
    </message>
    <message>
        <source>Minimum quality</source>
        <translation>Qualidade mínima</translation>
    </message>
    <message>
        <source>Stacked layout</source>
        <translation>Disposição empilhada</translation>
    </message>
    <message>
        <source>Wait for quality</source>
        <translation>Aguardar a qualidade</translation>
    </message>
    <message>
        <source>Greyscale if no quality</source>
        <translation>A cinzento sem qualidade</translation>
    </message>
    <message>
        <source>Movie weights</source>
        <translation>Pesos dos filmes</translation>
    </message>
    <message>
        <source>TV weights</source>
        <translation>Pesos das séries</translation>
    </message>
    <message>
        <source>Anime movie weights</source>
        <translation>Pesos dos filmes de anime</translation>
    </message>
    <message>
        <source>Anime TV weights</source>
        <translation>Pesos das séries de anime</translation>
    </message>
    <message>
        <source>Fall back to IMDb</source>
        <translation>Recorrer ao IMDb</translation>
    </message>
    <message>
        <source>IMDb rating source</source>
        <translation>Fonte da classificação do IMDb</translation>
    </message>
    <message>
        <source>TMDB rating source</source>
        <translation>Fonte da classificação do TMDB</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Oculto</translation>
    </message>
    <message>
        <source>Accent bar</source>
        <translation>Barra de destaque</translation>
    </message>
    <message>
        <source>Numeric score</source>
        <translation>Nota numérica</translation>
    </message>
    <message>
        <source>Minimalist line</source>
        <translation>Linha minimalista</translation>
    </message>
    <message>
        <source>Rating bar</source>
        <translation>Barra de classificação</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clara</translation>
    </message>
    <message>
        <source>Dark/light</source>
        <translation>Escura/clara</translation>
    </message>
    <message>
        <source>Prestige</source>
        <translation>Prestígio</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizada</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Info sash</source>
        <translation>Faixa informativa</translation>
    </message>
    <message>
        <source>Year and info sash</source>
        <translation>Ano e faixa informativa</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Classificação</translation>
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
        <translation>Qualidade e classificação etária</translation>
    </message>
    <message>
        <source>Quality badge row</source>
        <translation>Fila de selos de qualidade</translation>
    </message>
    <message>
        <source>Age rating only</source>
        <translation>Só classificação etária</translation>
    </message>
    <message>
        <source>Quality notch</source>
        <translation>Entalhe de qualidade</translation>
    </message>
    <message>
        <source>Combined badge</source>
        <translation>Selo combinado</translation>
    </message>
    <message>
        <source>Quality bookmark</source>
        <translation>Marcador de qualidade</translation>
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
        <translation>Sem texto</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Em cima à esquerda</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Em cima à direita</translation>
    </message>
    <message>
        <source>Beside the logo</source>
        <translation>Junto ao logótipo</translation>
    </message>
    <message>
        <source>Textured backdrop</source>
        <translation>Fundo texturizado</translation>
    </message>
    <message>
        <source>Photorealistic</source>
        <translation>Fotorrealista</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligada</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
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
        <translation>Ponto</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Estrela</translation>
    </message>
    <message>
        <source>Frosted</source>
        <translation>Fosco</translation>
    </message>
    <message>
        <source>Pure black</source>
        <translation>Preto puro</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Prata</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Dourado</translation>
    </message>
    <message>
        <source>Rating black</source>
        <translation>Preto com classificação</translation>
    </message>
    <message>
        <source>Rating frosted</source>
        <translation>Fosco com classificação</translation>
    </message>
    <message>
        <source>Colour sample</source>
        <translation>Amostra de cor</translation>
    </message>
    <message>
        <source>Light palette</source>
        <translation>Paleta clara</translation>
    </message>
    <message>
        <source>Dark/light palette</source>
        <translation>Paleta escura/clara</translation>
    </message>
    <message>
        <source>Prestige palette</source>
        <translation>Paleta prestígio</translation>
    </message>
    <message>
        <source>Rating and year</source>
        <translation>Classificação e ano</translation>
    </message>
    <message>
        <source>Sash</source>
        <translation>Faixa</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Top rated</source>
        <translation>Mais bem classificada</translation>
    </message>
    <message>
        <source>Native, then original</source>
        <translation>Nativo e depois original</translation>
    </message>
    <message>
        <source>Original, then native</source>
        <translation>Original e depois nativo</translation>
    </message>
    <message>
        <source>Native if the original is English</source>
        <translation>Nativo se o original for em inglês</translation>
    </message>
    <message>
        <source>Native, else title text</source>
        <translation>Nativo ou, senão, texto do título</translation>
    </message>
    <message>
        <source>Native, custom, else text</source>
        <translation>Nativo, personalizado ou, senão, texto</translation>
    </message>
    <message>
        <source>Native, custom, original, else text</source>
        <translation>Nativo, personalizado, original ou, senão, texto</translation>
    </message>
    <message>
        <source>Notch</source>
        <translation>Entalhe</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Preto</translation>
    </message>
    <message>
        <source>MDBList</source>
        <translation>MDBList</translation>
    </message>
    <message>
        <source>IMDb dataset</source>
        <translation>Conjunto de dados do IMDb</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Alternativa</translation>
    </message>
    <message>
        <source>Direct (TMDB)</source>
        <translation>Direta (TMDB)</translation>
    </message>
    <message>
        <source>Match the score</source>
        <translation>Conforme a nota</translation>
    </message>
</context>
<context>
    <name>Marquee::App::PresetClient</name>
    <message>
        <source>A preset name is 1–40 characters: lower-case letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Um nome de predefinição tem 1–40 caracteres: minúsculas, algarismos, &apos;_&apos; e &apos;-&apos;.</translation>
    </message>
    <message>
        <source>That name belongs to a built-in preset.</source>
        <translation>Esse nome pertence a uma predefinição integrada.</translation>
    </message>
</context>
<context>
    <name>Marquee::App::PresetPanel</name>
    <message>
        <source>&amp;New from current…</source>
        <translation>&amp;Nova a partir da atual…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicar…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Mudar o &amp;nome…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Load into editor</source>
        <translation>&amp;Carregar no editor</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Atuali&amp;zar</translation>
    </message>
    <message>
        <source>User presets are stored by the daemon and served at /p/{name}/… and as an RPDB key. Built-in presets are read-only; duplicate one to change it.</source>
        <translation>O daemon guarda as predefinições do utilizador e serve-as em /p/{name}/… e como chave RPDB. As predefinições integradas são só de leitura; duplique uma para a alterar.</translation>
    </message>
    <message>
        <source>%1 — %2 (built-in)</source>
        <translation>%1 — %2 (integrada)</translation>
    </message>
    <message>
        <source>Could not list the daemon&apos;s presets: %1</source>
        <translation>Não foi possível listar as predefinições do daemon: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user preset(s) on the daemon.</source>
        <translation>
            <numerusform>%n predefinição do utilizador no daemon.</numerusform>
            <numerusform>%n predefinições do utilizador no daemon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não guardada: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>“%1” guardada.</translation>
    </message>
    <message>
        <source>Unknown preset “%1”.</source>
        <translation>Predefinição desconhecida “%1”.</translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation>Não duplicada: %1</translation>
    </message>
    <message>
        <source>Copied “%1” to “%2”.</source>
        <translation>“%1” copiada para “%2”.</translation>
    </message>
    <message>
        <source>Only user presets can be renamed.</source>
        <translation>Só as predefinições do utilizador podem mudar de nome.</translation>
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation>Nome não alterado: %1</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>“%1” passou a chamar-se “%2”.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Não eliminada: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” eliminada.</translation>
    </message>
    <message>
        <source>Name (a–z, 0–9, &apos;_&apos; or &apos;-&apos;; up to 40):</source>
        <translation>Nome (a–z, 0–9, &apos;_&apos; ou &apos;-&apos;; até 40):</translation>
    </message>
    <message>
        <source>New preset</source>
        <translation>Nova predefinição</translation>
    </message>
    <message>
        <source>Duplicate preset</source>
        <translation>Duplicar predefinição</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Mudar o nome da predefinição</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Eliminar predefinição</translation>
    </message>
    <message>
        <source>Delete the preset “%1” from the daemon?</source>
        <translation>Eliminar a predefinição “%1” do daemon?</translation>
    </message>
    <message>
        <source>Names from /server-caps only: the daemon wants an access key to show or change them (%1).</source>
        <translation>Só nomes de /server-caps: o daemon pede uma chave de acesso para os mostrar ou alterar (%1).</translation>
    </message>
</context>
<context>
    <name>Marquee::App::PreviewPane</name>
    <message>
        <source>%1 × %2 · rendered in %3 ms</source>
        <translation>%1 × %2 · gerado em %3 ms</translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>A pré-visualização falhou: %1</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>A gerar…</translation>
    </message>
</context>
<context>
    <name>Marquee::App::TitleSearch</name>
    <message>
        <source>Local library (offline)</source>
        <translation>Biblioteca local (sem ligação)</translation>
    </message>
    <message>
        <source>TMDB (with your key)</source>
        <translation>TMDB (com a sua chave)</translation>
    </message>
    <message>
        <source>Daemon /search</source>
        <translation>/search do daemon</translation>
    </message>
    <message>
        <source>Title, tt… or TMDB id (Ctrl+F)</source>
        <translation>Título, tt… ou id do TMDB (Ctrl+F)</translation>
    </message>
    <message>
        <source>needed for TMDB titles</source>
        <translation>necessária para títulos do TMDB</translation>
    </message>
    <message>
        <source>optional: ratings for TMDB titles</source>
        <translation>opcional: classificações para títulos do TMDB</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Origem:</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>P&amp;rocurar:</translation>
    </message>
    <message>
        <source>T&amp;MDB key:</source>
        <translation>Chave do T&amp;MDB:</translation>
    </message>
    <message>
        <source>MD&amp;BList key:</source>
        <translation>Chave do MD&amp;BList:</translation>
    </message>
    <message>
        <source>Previewing: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Pré-visualização: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enter a TMDB key to search TMDB.</source>
        <translation>Introduza uma chave do TMDB para procurar no TMDB.</translation>
    </message>
    <message>
        <source>TMDB did not answer.</source>
        <translation>O TMDB não respondeu.</translation>
    </message>
    <message>
        <source>TMDB answered HTTP %1.</source>
        <translation>O TMDB respondeu HTTP %1.</translation>
    </message>
    <message>
        <source>The daemon&apos;s search failed: %1</source>
        <translation>A pesquisa do daemon falhou: %1</translation>
    </message>
    <message>
        <source>No titles found.</source>
        <translation>Nenhum título encontrado.</translation>
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
        <translation>Cole um URL /poster?…, /p/{preset}/{type}/{id}.jpg ou /{key}/imdb/poster-default/{id}.jpg</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Templates name the title by {tmdb_id} instead of {imdb_id}.</source>
        <translation>Os modelos identificam o título por {tmdb_id} em vez de {imdb_id}.</translation>
    </message>
    <message>
        <source>Import &amp;URL:</source>
        <translation>Importar &amp;URL:</translation>
    </message>
    <message>
        <source>Pr&amp;eset for /p and RPDB:</source>
        <translation>Pr&amp;edefinição para /p e RPDB:</translation>
    </message>
    <message>
        <source>/poster template:</source>
        <translation>Modelo /poster:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>/p template:</source>
        <translation>Modelo /p:</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>RPDB template:</source>
        <translation>Modelo RPDB:</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Copy this URL to the clipboard</source>
        <translation>Copiar este URL para a área de transferência</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado para a área de transferência.</translation>
    </message>
</context>
<context>
    <name>marquee</name>
    <message>
        <source>The preview did not finish in time; the screenshot may be incomplete.</source>
        <translation>A pré-visualização não terminou a tempo; a captura pode estar incompleta.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1</source>
        <translation>Não é possível escrever a captura %1</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>escrito %1</translation>
    </message>
    <message>
        <source>Marquee configurator: design rated posters and copy their URLs.</source>
        <translation>Configurador Marquee: crie cartazes com classificações e copie os seus URL.</translation>
    </message>
    <message>
        <source>Write a PNG of the main window (fresh settings) and exit.</source>
        <translation>Escrever um PNG da janela principal (definições novas) e sair.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ficheiro</translation>
    </message>
    <message>
        <source>Preview this title (tt… id) at start.</source>
        <translation>Pré-visualizar este título (id tt…) ao iniciar.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Show configuration B from this built-in preset beside A.</source>
        <translation>Mostrar a configuração B desta predefinição integrada ao lado de A.</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>predefinição</translation>
    </message>
    <message>
        <source>Keep the app&apos;s state in this INI file.</source>
        <translation>Guardar o estado da aplicação neste ficheiro INI.</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation>Predefinição desconhecida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Open this parameter tab (1–6) at start.</source>
        <translation>Abrir este separador de parâmetros (1–6) ao iniciar.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
</context>
</TS>
