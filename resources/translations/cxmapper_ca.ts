<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca_ES">
<context>
    <name>CatalogueDock</name>
    <message>
        <source>Catalogue</source>
        <translation>Catàleg</translation>
    </message>
    <message>
        <source>Touchpoint catalogue</source>
        <translation>Catàleg de punts de contacte</translation>
    </message>
    <message>
        <source>Typical touchpoints grouped by phase. Press Enter or double-click to add one to the map.</source>
        <translation>Punts de contacte habituals agrupats per fase. Premeu Retorn o feu doble clic per afegir-ne un al mapa.</translation>
    </message>
    <message>
        <source>Search touchpoints…</source>
        <translation>Cerca punts de contacte…</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Cerca al catàleg</translation>
    </message>
    <message>
        <source>Double-click or drag a touchpoint onto the map.</source>
        <translation>Feu doble clic en un punt de contacte o arrossegueu-lo al mapa.</translation>
    </message>
    <message>
        <source>Catalogue entries</source>
        <translation>Entrades del catàleg</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>title</source>
        <extracomment>The words for the fields an edit can change, for &quot;Edit title, score&quot; (never the raw keys).</extracomment>
        <translation>títol</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripció</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>control</source>
        <translation>control</translation>
    </message>
    <message>
        <source>ownership</source>
        <translation>propietat</translation>
    </message>
    <message>
        <source>influence</source>
        <translation>influència</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntuació</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>moment de la veritat</translation>
    </message>
    <message>
        <source>customer action</source>
        <translation>acció del client</translation>
    </message>
    <message>
        <source>customer goal</source>
        <translation>objectiu del client</translation>
    </message>
    <message>
        <source>thoughts</source>
        <translation>pensaments</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>punts de dolor</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>oportunitats</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetes</translation>
    </message>
    <message>
        <source>personas</source>
        <translation>perfils</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>color</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>objectius</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>marca</translation>
    </message>
    <message>
        <source>author</source>
        <translation>autoria</translation>
    </message>
    <message>
        <source>language</source>
        <translation>llengua</translation>
    </message>
    <message>
        <source>Add “%s”</source>
        <translation>Afegir «%s»</translation>
    </message>
    <message>
        <source>Delete “%s”</source>
        <translation>Suprimir «%s»</translation>
    </message>
    <message>
        <source>Move “%s”</source>
        <translation>Moure «%s»</translation>
    </message>
    <message>
        <source>Edit %s</source>
        <translation>Editar %s</translation>
    </message>
    <message>
        <source>Edit map details</source>
        <translation>Editar els detalls del mapa</translation>
    </message>
    <message>
        <source>Add stage “%s”</source>
        <translation>Afegir l&apos;etapa «%s»</translation>
    </message>
    <message>
        <source>Delete stage “%s”</source>
        <translation>Suprimir l&apos;etapa «%s»</translation>
    </message>
    <message>
        <source>Move stage “%s”</source>
        <translation>Moure l&apos;etapa «%s»</translation>
    </message>
    <message>
        <source>Add lane “%s”</source>
        <translation>Afegir el carril «%s»</translation>
    </message>
    <message>
        <source>Delete lane “%s”</source>
        <translation>Suprimir el carril «%s»</translation>
    </message>
    <message>
        <source>Move lane “%s”</source>
        <translation>Moure el carril «%s»</translation>
    </message>
    <message>
        <source>Add persona “%s”</source>
        <translation>Afegir el perfil «%s»</translation>
    </message>
    <message>
        <source>Delete persona “%s”</source>
        <translation>Suprimir el perfil «%s»</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Títol</translation>
    </message>
    <message>
        <source>Brand or business</source>
        <translation>Marca o negoci</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autoria</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripció</translation>
    </message>
    <message>
        <source>What this map is for</source>
        <translation>Per a què serveix aquest mapa</translation>
    </message>
    <message>
        <source>Language of the map</source>
        <translation>Llengua del mapa</translation>
    </message>
    <message>
        <source>The language of the catalogue and of exported labels</source>
        <translation>La llengua del catàleg i dels textos impresos en les exportacions</translation>
    </message>
    <message>
        <source>Map details</source>
        <translation>Detalls del mapa</translation>
    </message>
    <message>
        <source>{touchpoints} in {stages}. Select a card, a stage or a lane on the map to edit it here.</source>
        <translation>{touchpoints} en {stages}. Seleccioneu una targeta, una etapa o un carril del mapa per editar-lo aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n punt de contacte</numerusform>
            <numerusform>%n punts de contacte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n etapa</numerusform>
            <numerusform>%n etapes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Journey maps (*.cxmap);;All files (*)</source>
        <translation>Mapes del viatge del client (*.cxmap);;Tots els fitxers (*)</translation>
    </message>
    <message>
        <source>Open Journey Map</source>
        <translation>Obre un mapa del viatge del client</translation>
    </message>
    <message>
        <source>Save Journey Map</source>
        <translation>Desa el mapa del viatge del client</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Canvis sense desar</translation>
    </message>
    <message>
        <source>Save the changes to “%s” before closing it?</source>
        <translation>Voleu desar els canvis de «%s» abans de tancar-lo?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes since the last save will be lost.</source>
        <translation>Si no el deseu, es perdran els canvis fets des de l&apos;última vegada que el vau desar.</translation>
    </message>
    <message>
        <source>Map Changed on Disk</source>
        <translation>El mapa ha canviat al disc</translation>
    </message>
    <message>
        <source>“%s” was changed by another program.</source>
        <translation>Un altre programa ha modificat «%s».</translation>
    </message>
    <message>
        <source>Reload it and lose your unsaved changes, or keep your version in the editor?</source>
        <translation>Voleu tornar-lo a carregar i perdre els canvis sense desar, o conservar la vostra versió a l&apos;editor?</translation>
    </message>
    <message>
        <source>Reload it, or keep the version shown in the editor?</source>
        <translation>Voleu tornar-lo a carregar, o conservar la versió que es mostra a l&apos;editor?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Torna a carregar</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Conserva la meva</translation>
    </message>
    <message>
        <source>Overwrite Changes Made Elsewhere?</source>
        <translation>Voleu sobreescriure els canvis fets fora?</translation>
    </message>
    <message>
        <source>“%s” was changed by another program since you opened it.</source>
        <translation>Un altre programa ha modificat «%s» des que el vau obrir.</translation>
    </message>
    <message>
        <source>Saving replaces those changes with your version.</source>
        <translation>Si el deseu, la vostra versió substituirà aquests canvis.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobreescriu</translation>
    </message>
    <message>
        <source>Card Colour</source>
        <translation>Color de la targeta</translation>
    </message>
    <message>
        <source>About cxmapper</source>
        <translation>Quant al cxmapper</translation>
    </message>
    <message>
        <source>&lt;p&gt;A desktop editor for customer-journey maps: the touchpoints where your customers meet your brand before, during and after the purchase, how each one feels, and where your team can act.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Icons CC0; fonts under the SIL Open Font Licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un editor d&apos;escriptori per a mapes del viatge del client: els punts de contacte en què els vostres clients es troben amb la vostra marca abans, durant i després de la compra, com viuen cadascun i on pot actuar el vostre equip.&lt;/p&gt;&lt;p&gt;Programari lliure amb llicència MIT. Icones CC0; tipus de lletra amb la SIL Open Font Licence.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Map</source>
        <extracomment>(format id, extension) in the order the format box lists them.</extracomment>
        <translation>Exporta el mapa</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Navega…</translation>
    </message>
    <message>
        <source>PDF document (map, poster, table, cards)</source>
        <translation>Document PDF (mapa, pòster, taula, targetes)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (every field)</source>
        <translation>Full de càlcul CSV (tots els camps)</translation>
    </message>
    <message>
        <source>Markdown table</source>
        <translation>Taula Markdown</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imatge PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dibuix SVG</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horitzontal</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>Fit to one page</source>
        <translation>Ajusta a una pàgina</translation>
    </message>
    <message>
        <source>Poster of</source>
        <translation>Pòster de</translation>
    </message>
    <message>
        <source>Poster at scale</source>
        <translation>Pòster a escala</translation>
    </message>
    <message>
        <source>sheets</source>
        <translation>fulls</translation>
    </message>
    <message>
        <source>The map</source>
        <translation>El mapa</translation>
    </message>
    <message>
        <source>Touchpoint table</source>
        <translation>Taula de punts de contacte</translation>
    </message>
    <message>
        <source>Workshop cards to cut out</source>
        <translation>Targetes de taller per retallar</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Mida:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientació:</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Marges:</translation>
    </message>
    <message>
        <source>Map size</source>
        <translation>Mida del mapa</translation>
    </message>
    <message>
        <source>Glue overlap:</source>
        <translation>Encavalcament per enganxar:</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contingut</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fitxer:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Printed labels:</source>
        <translation>Textos impresos:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporta</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Trieu el fitxer on exportar.</translation>
    </message>
    <message>
        <source>The margins must be less than a quarter of the sheet.</source>
        <translation>Els marges han de ser més petits que una quarta part del full.</translation>
    </message>
    <message>
        <source>The glue overlap must be less than half the printable width.</source>
        <translation>L&apos;encavalcament per enganxar ha de ser més petit que la meitat de l&apos;amplada imprimible.</translation>
    </message>
    <message>
        <source>The poster scale must be between 5 % and 1000 %.</source>
        <translation>L&apos;escala del pòster ha de ser entre el 5 % i el 1000 %.</translation>
    </message>
    <message>
        <source>A poster has 1 to %d sheets across and down.</source>
        <translation>Un pòster té d&apos;1 a %d fulls d&apos;amplada i d&apos;alçada.</translation>
    </message>
    <message>
        <source>Nothing to export: keep the map, or add the table or the cards.</source>
        <translation>No hi ha res per exportar: manteniu el mapa o afegiu-hi la taula o les targetes.</translation>
    </message>
    <message>
        <source>Export files (*{ext});;All files (*)</source>
        <translation>Fitxers d&apos;exportació (*{ext});;Tots els fitxers (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>No s&apos;ha pogut exportar</translation>
    </message>
    <message>
        <source>No preview for tables of text.</source>
        <translation>Les taules de text no tenen previsualització.</translation>
    </message>
    <message>
        <source>The touchpoint table starts the document.</source>
        <translation>El document comença per la taula de punts de contacte.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>S&apos;està exportant…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <source>Print Map</source>
        <translation>Imprimeix el mapa</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find cards</source>
        <translation>Cerca targetes</translation>
    </message>
    <message>
        <source>Find cards by title, notes, tags or channel…</source>
        <translation>Cerca targetes per títol, notes, etiquetes o canal…</translation>
    </message>
    <message>
        <source>Enter goes to the next match, Shift+Enter to the previous one</source>
        <translation>Retorn va a la coincidència següent; Maj+Retorn, a l&apos;anterior</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidència anterior</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidència següent</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Tanca la barra de cerca</translation>
    </message>
    <message>
        <source>No cards match</source>
        <translation>Cap targeta no coincideix</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidència</numerusform>
            <numerusform>%n coincidències</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>How to Map Touchpoints</source>
        <translation>Com fer el mapa dels punts de contacte</translation>
    </message>
    <message>
        <source>How to map touchpoints</source>
        <translation>Com fer el mapa dels punts de contacte</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Text de la guia</translation>
    </message>
    <message>
        <source>&lt;h2&gt;How to map touchpoints&lt;/h2&gt;&lt;p&gt;A &lt;b&gt;touchpoint&lt;/b&gt; is any moment in which a customer comes into contact with your business: seeing an advert, reading a review, walking through the door, paying, getting an invoice, calling for help. A journey map lays these moments out in the order the customer lives them, so you can see the whole experience at once instead of one department at a time.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Com fer el mapa dels punts de contacte&lt;/h2&gt;&lt;p&gt;Un &lt;b&gt;punt de contacte&lt;/b&gt; és qualsevol moment en què un client entra en contacte amb el vostre negoci: quan veu un anunci, llegeix una ressenya, entra per la porta, paga, rep una factura o truca per demanar ajuda. Un mapa del viatge del client ordena aquests moments tal com els viu el client, perquè veieu tota l&apos;experiència d&apos;un cop d&apos;ull i no departament per departament.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;1. Follow the purchase: before, during, after&lt;/h3&gt;&lt;p&gt;Start with three columns. &lt;b&gt;Before the purchase&lt;/b&gt; the customer discovers you and compares: adverts, word of mouth, search results, your website and social profiles, reviews, news and your own content. &lt;b&gt;During the purchase&lt;/b&gt; they decide and buy: the shop floor, the staff who serve them, the online basket, questions to the sales team, payment, waiting for the delivery, opening the package, asking for an exchange. &lt;b&gt;After the purchase&lt;/b&gt; the relationship continues: the invoice or service report, after-sales benefits, support, useful content, and the everyday use of what they bought. Split a column into several stages when it helps (for example &lt;i&gt;Discover&lt;/i&gt; and &lt;i&gt;Compare&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;Use the &lt;b&gt;Catalogue&lt;/b&gt; on the left: double-click a typical touchpoint to add it, then rename it to match your business.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;1. Seguiu la compra: abans, durant i després&lt;/h3&gt;&lt;p&gt;Comenceu amb tres columnes. &lt;b&gt;Abans de la compra&lt;/b&gt;, el client us descobreix i compara: anuncis, boca-orella, resultats de cerca, el vostre lloc web i els perfils a les xarxes socials, ressenyes, notícies i els vostres continguts. &lt;b&gt;Durant la compra&lt;/b&gt;, decideix i compra: la botiga, el personal que l&apos;atén, la cistella de la botiga en línia, les preguntes a l&apos;equip de vendes, el pagament, l&apos;espera de l&apos;enviament, l&apos;obertura del paquet o la petició d&apos;un canvi. &lt;b&gt;Després de la compra&lt;/b&gt;, la relació continua: la factura o l&apos;informe del servei, els avantatges postvenda, el suport, els continguts útils i l&apos;ús diari del que ha comprat. Dividiu una columna en diverses etapes quan us sigui útil (per exemple, &lt;i&gt;Descobrir&lt;/i&gt; i &lt;i&gt;Comparar&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;Feu servir el &lt;b&gt;Catàleg&lt;/b&gt; de l&apos;esquerra: feu doble clic en un punt de contacte habitual per afegir-lo i després canvieu-ne el nom perquè s&apos;ajusti al vostre negoci.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;2. Intentional or unintentional?&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Intentional&lt;/b&gt; touchpoints happen because you caused them: your adverts, your sales conversations, your customer service. &lt;b&gt;Unintentional&lt;/b&gt; ones happen without you: a friend&apos;s recommendation, a stranger&apos;s review, a news story, a post you did not write. You control the first kind directly; with the second you can only listen, respond and give people good reasons to speak well of you. Mark each card so the map shows how much of the journey is in your hands.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;2. Intencionat o no intencionat?&lt;/h3&gt;&lt;p&gt;Els punts de contacte &lt;b&gt;intencionats&lt;/b&gt; passen perquè els provoqueu vosaltres: els vostres anuncis, les converses de venda, l&apos;atenció al client. Els &lt;b&gt;no intencionats&lt;/b&gt; passen sense vosaltres: la recomanació d&apos;un amic, la ressenya d&apos;un desconegut, una notícia, una publicació que no heu escrit vosaltres. Els primers els controleu directament; amb els segons només podeu escoltar, respondre i donar a la gent bons motius per parlar bé de vosaltres. Marqueu cada targeta perquè el mapa mostri quina part del viatge és a les vostres mans.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;3. Rate each experience from &amp;minus;2 to +2&lt;/h3&gt;&lt;p&gt;Put yourself in the customer&apos;s shoes and give each touchpoint a score: &lt;b&gt;&amp;minus;2&lt;/b&gt; very bad, &lt;b&gt;&amp;minus;1&lt;/b&gt; bad, &lt;b&gt;0&lt;/b&gt; neutral, &lt;b&gt;+1&lt;/b&gt; good, &lt;b&gt;+2&lt;/b&gt; very good. Base it on evidence when you have it (complaints, reviews, surveys, what staff hear every day). The map draws the scores as an experience curve: the dips are where customers get frustrated or give up. Leave a card unrated rather than guessing.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;3. Puntueu cada experiència de &amp;minus;2 a +2&lt;/h3&gt;&lt;p&gt;Poseu-vos al lloc del client i doneu una puntuació a cada punt de contacte: &lt;b&gt;&amp;minus;2&lt;/b&gt; molt dolenta, &lt;b&gt;&amp;minus;1&lt;/b&gt; dolenta, &lt;b&gt;0&lt;/b&gt; neutra, &lt;b&gt;+1&lt;/b&gt; bona, &lt;b&gt;+2&lt;/b&gt; molt bona. Baseu-vos en dades quan en tingueu (queixes, ressenyes, enquestes, el que el personal sent cada dia). El mapa dibuixa les puntuacions com una corba d&apos;experiència: les valls són els punts on els clients es frustren o abandonen. Si no ho sabeu, deixeu la targeta sense puntuar en lloc d&apos;endevinar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;4. Find the moments of truth&lt;/h3&gt;&lt;p&gt;Some moments weigh more than others: the instant a customer decides to buy or to leave, the first time they use the product, how a problem is handled. A bad experience there can undo everything before it. Mark these cards as &lt;b&gt;moments of truth&lt;/b&gt; and look at them first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;4. Trobeu els moments de la veritat&lt;/h3&gt;&lt;p&gt;Alguns moments pesen més que d&apos;altres: l&apos;instant en què un client decideix comprar o marxar, la primera vegada que fa servir el producte, com es resol un problema. Una mala experiència en aquell punt pot fer malbé tot el que hi havia abans. Marqueu aquestes targetes com a &lt;b&gt;moments de la veritat&lt;/b&gt; i reviseu-les primer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;5. Decide where the team can act&lt;/h3&gt;&lt;p&gt;For each card, note whether the team &lt;b&gt;can influence it&lt;/b&gt;, who &lt;b&gt;owns&lt;/b&gt; it and how you will &lt;b&gt;measure&lt;/b&gt; it (a KPI). Write the customer&apos;s pain points and your opportunities. Then choose a few low-scoring, high-influence moments and agree on concrete improvements: clearer information, a friendlier script, a faster refund. Keep everything consistent from one touchpoint to the next, adapt it to the customer where you can, and ask for feedback so the next version of the map is based on what customers actually say.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;5. Decidiu on pot actuar l&apos;equip&lt;/h3&gt;&lt;p&gt;A cada targeta, anoteu si l&apos;equip &lt;b&gt;hi pot influir&lt;/b&gt;, qui n&apos;és el &lt;b&gt;responsable&lt;/b&gt; i com la &lt;b&gt;mesurareu&lt;/b&gt; (un KPI). Escriviu els punts de dolor del client i les vostres oportunitats. Després trieu uns quants moments amb puntuació baixa i molta capacitat d&apos;influència, i acordeu millores concretes: informació més clara, un guió més proper, un reemborsament més ràpid. Mantingueu la coherència d&apos;un punt de contacte al següent, adapteu-vos al client sempre que pugueu i demaneu-li l&apos;opinió, perquè la propera versió del mapa es basi en el que els clients diuen de debò.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Working in a workshop&lt;/h3&gt;&lt;p&gt;Paste a table from a spreadsheet (title, stage or phase, channel, description, control, score) with Edit ▸ Paste to turn a group&apos;s notes into cards in one go, and print the map or the workshop cards from File ▸ Export.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Treballar en un taller&lt;/h3&gt;&lt;p&gt;Enganxeu una taula d&apos;un full de càlcul (títol, etapa o fase, canal, descripció, control, puntuació) amb Edita ▸ Enganxa per convertir d&apos;un cop les notes d&apos;un grup en targetes, i imprimiu el mapa o les targetes de taller des de Fitxer ▸ Exporta.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Edit the selected card, stage or lane, or the map&apos;s details</source>
        <translation>Editeu la targeta, l&apos;etapa o el carril seleccionats, o els detalls del mapa</translation>
    </message>
    <message>
        <source>Inspector fields</source>
        <translation>Camps de l&apos;inspector</translation>
    </message>
</context>
<context>
    <name>LaneForm</name>
    <message>
        <source>Lane</source>
        <translation>Carril</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>A persona, a channel group, …</source>
        <translation>Un perfil, un grup de canals…</translation>
    </message>
    <message>
        <source>Lane: {name}</source>
        <translation>Carril: {name}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>cxmapper</source>
        <extracomment>Bump when docks or tool bars change, so an old saved layout is not restored onto new ones.</extracomment>
        <translation>cxmapper</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>True when the map was opened read-only because another cxmapper has it open.</extracomment>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historial de canvis</translation>
    </message>
    <message>
        <source>Every change to the map; click a step to go back to it</source>
        <translation>Tots els canvis del mapa; feu clic en un pas per tornar-hi</translation>
    </message>
    <message>
        <source>Map as opened</source>
        <translation>Mapa tal com es va obrir</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panells</translation>
    </message>
    <message>
        <source>&amp;New Map</source>
        <translation>&amp;Nou mapa</translation>
    </message>
    <message>
        <source>Start a blank map</source>
        <translation>Comença un mapa en blanc</translation>
    </message>
    <message>
        <source>&amp;Blank Map</source>
        <translation>Mapa en &amp;blanc</translation>
    </message>
    <message>
        <source>&amp;Clothing Shop Example</source>
        <translation>Exemple de botiga de &amp;roba</translation>
    </message>
    <message>
        <source>Beauty &amp;Salon Example</source>
        <translation>Exemple de &amp;saló de bellesa</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Obre…</translation>
    </message>
    <message>
        <source>Open a map</source>
        <translation>Obre un mapa</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Maps</source>
        <translation>&amp;Buida la llista de mapes recents</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Desa</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Desa el mapa</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>&amp;Anomena i desa…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporta…</translation>
    </message>
    <message>
        <source>Export the map as PDF, image, spreadsheet or workshop cards</source>
        <translation>Exporta el mapa com a PDF, imatge, full de càlcul o targetes de taller</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimeix…</translation>
    </message>
    <message>
        <source>&amp;Close Map</source>
        <translation>&amp;Tanca el mapa</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Surt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfés</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refés</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Reta&amp;lla</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Engan&amp;xa</translation>
    </message>
    <message>
        <source>Paste cards, or rows copied from a spreadsheet</source>
        <translation>Enganxa targetes, o files copiades d&apos;un full de càlcul</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>D&amp;uplica</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Suprimeix</translation>
    </message>
    <message>
        <source>Select &amp;All Cards</source>
        <translation>Selecciona totes les &amp;targetes</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Cerc&amp;a…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Cerca el següe&amp;nt</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Cerca l&apos;anter&amp;ior</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Preferències…</translation>
    </message>
    <message>
        <source>Choose the interface language</source>
        <translation>Tria la llengua de la interfície</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Amplia</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Redueix</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>A&amp;justa a la finestra</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Mida real</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catàleg</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>&amp;Historial de canvis</translation>
    </message>
    <message>
        <source>Add &amp;Card</source>
        <translation>Afegeix una &amp;targeta</translation>
    </message>
    <message>
        <source>Add a touchpoint card to the selected stage</source>
        <translation>Afegeix una targeta de punt de contacte a l&apos;etapa seleccionada</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Afegeix una &amp;etapa</translation>
    </message>
    <message>
        <source>&amp;Rename Stage…</source>
        <translation>Canvia el &amp;nom de l&apos;etapa…</translation>
    </message>
    <message>
        <source>Move Stage R&amp;ight</source>
        <translation>Mou l&apos;etapa a la &amp;dreta</translation>
    </message>
    <message>
        <source>&amp;Delete Stage</source>
        <translation>S&amp;uprimeix l&apos;etapa</translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation>Afegeix un &amp;carril</translation>
    </message>
    <message>
        <source>R&amp;ename Lane…</source>
        <translation>Canvia el nom del ca&amp;rril…</translation>
    </message>
    <message>
        <source>Move Lane &amp;Up</source>
        <translation>Mou el carril a&amp;mun</translation>
    </message>
    <message>
        <source>Move Lane Do&amp;wn</source>
        <translation>Mou el carril a&amp;vall</translation>
    </message>
    <message>
        <source>Delete La&amp;ne</source>
        <translation>Suprimeix el carri&amp;l</translation>
    </message>
    <message>
        <source>I&amp;nspector</source>
        <translation>&amp;Inspector</translation>
    </message>
    <message>
        <source>Ou&amp;tline</source>
        <translation>&amp;Esquema</translation>
    </message>
    <message>
        <source>Move Stage Le&amp;ft</source>
        <translation>Mou l&apos;etapa a l&apos;es&amp;querra</translation>
    </message>
    <message>
        <source>Map De&amp;tails…</source>
        <translation>Detall&amp;s del mapa…</translation>
    </message>
    <message>
        <source>&amp;Personas…</source>
        <translation>&amp;Perfils…</translation>
    </message>
    <message>
        <source>&amp;How to Map Touchpoints</source>
        <translation>&amp;Com fer el mapa dels punts de contacte</translation>
    </message>
    <message>
        <source>&amp;About cxmapper</source>
        <translation>&amp;Quant al cxmapper</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fitxer</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nou a partir d&apos;una &amp;plantilla</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mapes &amp;recents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edita</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualitza</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation>Barra d&apos;eines principal</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Barra d&apos;eines principal</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Nivell de zoom</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sense títol</translation>
    </message>
    <message>
        <source>Could Not Open Map</source>
        <translation>No s&apos;ha pogut obrir el mapa</translation>
    </message>
    <message>
        <source>“%s” could not be opened.</source>
        <translation>No s&apos;ha pogut obrir «%s».</translation>
    </message>
    <message>
        <source>Could Not Save Map</source>
        <translation>No s&apos;ha pogut desar el mapa</translation>
    </message>
    <message>
        <source>“%s” is open read-only because another cxmapper has it open.</source>
        <translation>«%s» està obert només per a lectura perquè un altre cxmapper el té obert.</translation>
    </message>
    <message>
        <source>Save it under another name instead.</source>
        <translation>Deseu-lo amb un altre nom.</translation>
    </message>
    <message>
        <source>The map could not be saved as “%s”.</source>
        <translation>No s&apos;ha pogut desar el mapa com a «%s».</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>S&apos;ha desat %s</translation>
    </message>
    <message>
        <source>The map&apos;s file was moved or deleted; save to keep it</source>
        <translation>El fitxer del mapa s&apos;ha mogut o suprimit; deseu-lo per no perdre&apos;l</translation>
    </message>
    <message>
        <source>Kept your version; saving will ask before overwriting</source>
        <translation>S&apos;ha conservat la vostra versió; en desar, es demanarà confirmació abans de sobreescriure</translation>
    </message>
    <message>
        <source>Autosave failed: %s</source>
        <translation>No s&apos;ha pogut fer el desament automàtic: %s</translation>
    </message>
    <message>
        <source>Exported %s</source>
        <translation>S&apos;ha exportat %s</translation>
    </message>
    <message>
        <source>%s[*] — cxmapper</source>
        <translation>%s[*] — cxmapper</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Canvis sense desar</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Encara no s&apos;ha desat</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Desat</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n targeta</numerusform>
            <numerusform>%n targetes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n etapa</numerusform>
            <numerusform>%n etapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom %d%%</source>
        <translation>Zoom %d %%</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n card(s)</source>
        <translation>
            <numerusform>S&apos;ha copiat %n targeta</numerusform>
            <numerusform>S&apos;han copiat %n targetes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n card(s)</source>
        <translation>
            <numerusform>Retallar %n targeta</numerusform>
            <numerusform>Retallar %n targetes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: copy cards or spreadsheet rows first</source>
        <translation>No hi ha res per enganxar: copieu abans targetes o files d&apos;un full de càlcul</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>Enganxar %n targeta</numerusform>
            <numerusform>Enganxar %n targetes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>Duplicar %n targeta</numerusform>
            <numerusform>Duplicar %n targetes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Suprimir %n targeta</numerusform>
            <numerusform>Suprimir %n targetes</numerusform>
        </translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>Punt de contacte nou</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Etapa nova</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Canvia el nom de l&apos;etapa</translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation>Nom de l&apos;etapa:</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Suprimeix l&apos;etapa</translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage “%s” and its %n card(s)?</source>
        <translation>
            <numerusform>Voleu suprimir l&apos;etapa «%s» i la seva targeta?</numerusform>
            <numerusform>Voleu suprimir l&apos;etapa «%s» i les seves %n targetes?</numerusform>
        </translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Carril nou</translation>
    </message>
    <message>
        <source>Rename Lane</source>
        <translation>Canvia el nom del carril</translation>
    </message>
    <message>
        <source>Lane name:</source>
        <translation>Nom del carril:</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>Suprimeix el carril</translation>
    </message>
    <message numerus="yes">
        <source>Delete the lane “%s” and its %n card(s)?</source>
        <translation>
            <numerusform>Voleu suprimir el carril «%s» i la seva targeta?</numerusform>
            <numerusform>Voleu suprimir el carril «%s» i les seves %n targetes?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit in Inspector</source>
        <translation>Edita a l&apos;inspector</translation>
    </message>
    <message>
        <source>Rate Experience</source>
        <translation>Puntua l&apos;experiència</translation>
    </message>
    <message numerus="yes">
        <source>Rate %n card(s)</source>
        <translation>
            <numerusform>Puntuar %n targeta</numerusform>
            <numerusform>Puntuar %n targetes</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored from an autosave copy: save it to keep it</source>
        <translation>Restaurat a partir d&apos;una còpia de desament automàtic: deseu-lo per no perdre&apos;l</translation>
    </message>
</context>
<context>
    <name>MapDetailsDialog</name>
    <message>
        <source>Map Details</source>
        <translation>Detalls del mapa</translation>
    </message>
    <message>
        <source>Map details</source>
        <translation>Detalls del mapa</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Títol:</translation>
    </message>
    <message>
        <source>&amp;Brand or business:</source>
        <translation>&amp;Marca o negoci:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autoria:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripció:</translation>
    </message>
    <message>
        <source>&amp;Language of the map:</source>
        <translation>&amp;Llengua del mapa:</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Journey map</source>
        <translation>Mapa del viatge del client</translation>
    </message>
    <message>
        <source>Touchpoint cards in stage columns. Arrow keys select cards, Ctrl+arrow keys move the selected card, Enter renames it, Delete removes the selection.</source>
        <translation>Targetes de punts de contacte en columnes per etapa. Les fletxes seleccionen targetes, Ctrl+fletxes mouen la targeta seleccionada, Retorn en canvia el nom i Supr suprimeix la selecció.</translation>
    </message>
    <message>
        <source>%s. %s, %s, card %d of %d. %s. %s.</source>
        <translation>%s. %s, %s, targeta %d de %d. %s. %s.</translation>
    </message>
</context>
<context>
    <name>OpenProgress</name>
    <message>
        <source>Opening “%s”…</source>
        <translation>S&apos;està obrint «%s»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <source>Opening Map</source>
        <translation>Obrint el mapa</translation>
    </message>
    <message>
        <source>Opening map</source>
        <translation>Obrint el mapa</translation>
    </message>
    <message>
        <source>Drawing “%s”…</source>
        <translation>S&apos;està dibuixant «%s»…</translation>
    </message>
</context>
<context>
    <name>OutlineDock</name>
    <message>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Map outline</source>
        <translation>Esquema del mapa</translation>
    </message>
    <message>
        <source>Stages, lanes and cards of the map. F2 renames, Alt+Up and Alt+Down reorder, Alt+Left and Alt+Right move a card to the neighbouring stage.</source>
        <translation>Etapes, carrils i targetes del mapa. F2 canvia el nom, Alt+Amunt i Alt+Avall canvien l&apos;ordre, Alt+Esquerra i Alt+Dreta mouen una targeta a l&apos;etapa veïna.</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Carril</translation>
    </message>
    <message>
        <source>(unnamed stage)</source>
        <translation>(etapa sense nom)</translation>
    </message>
    <message numerus="yes">
        <source>Stage, {phase}, %n card(s)</source>
        <translation>
            <numerusform>Etapa, {phase}, %n targeta</numerusform>
            <numerusform>Etapa, {phase}, %n targetes</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled card)</source>
        <translation>(targeta sense títol)</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>moment de la veritat</translation>
    </message>
    <message>
        <source>Rename “%s”</source>
        <translation>Canviar el nom de «%s»</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Moure %n targeta</numerusform>
            <numerusform>Moure %n targetes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonasDialog</name>
    <message>
        <source>Personas</source>
        <translation>Perfils</translation>
    </message>
    <message>
        <source>Personas of the map</source>
        <translation>Perfils de client del mapa</translation>
    </message>
    <message>
        <source>&amp;Add persona</source>
        <translation>&amp;Afegeix un perfil</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Qui és</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectius</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom:</translation>
    </message>
    <message>
        <source>&amp;Who they are:</source>
        <translation>&amp;Qui és:</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Objectius:</translation>
    </message>
    <message>
        <source>Tick personas on each card in the inspector to show whom a touchpoint concerns.</source>
        <translation>Marqueu els perfils de cada targeta a l&apos;inspector per indicar a qui afecta cada punt de contacte.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sense nom)</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Perfil nou</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferències</translation>
    </message>
    <message>
        <source>System default (%s)</source>
        <translation>Predeterminada del sistema (%s)</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Llengua de la interfície:</translation>
    </message>
    <message>
        <source>Menus, panels and the names of new maps use this language. Each map keeps its own language for its catalogue and exports (Map &gt; Map Details).</source>
        <translation>Els menús, els panells i els noms dels mapes nous fan servir aquesta llengua. Cada mapa conserva la seva pròpia llengua per al catàleg i les exportacions (Mapa &gt; Detalls del mapa).</translation>
    </message>
    <message>
        <source>The new language takes effect when you restart cxmapper.</source>
        <translation>La nova llengua s&apos;aplicarà quan reinicieu el cxmapper.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>another cxmapper (it did not say who)</source>
        <extracomment>Autosave while there are unsaved changes, at least this often (milliseconds). ...and this long after the last edit, so a pause in the work is always covered. File-system events come in bursts (temp file, rename, .bak); look once they settle. False when the user cancelled: do not open the map. Open without allowing Save (Save As stays possible). The held lock, to release on close; None when there is none (read-only, lockless, cancel). A translated one-liner for the status bar (&quot;&quot; when all is normal).</extracomment>
        <translation>un altre cxmapper (no ha dit de qui)</translation>
    </message>
    <message>
        <source>this cxmapper, in another window</source>
        <translation>aquest cxmapper, en una altra finestra</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>algú</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>un ordinador desconegut</translation>
    </message>
    <message>
        <source>%(user)s on %(host)s, since %(time)s</source>
        <translation>%(user)s a %(host)s, des de %(time)s</translation>
    </message>
    <message>
        <source>Map Already Open</source>
        <translation>El mapa ja està obert</translation>
    </message>
    <message>
        <source>“%s” is already open by %s.</source>
        <translation>«%s» ja el té obert %s.</translation>
    </message>
    <message>
        <source>If you both edit it, one of you will overwrite the other&apos;s changes. Open a read-only view instead?</source>
        <translation>Si l&apos;editeu tots dos, l&apos;un sobreescriurà els canvis de l&apos;altre. Voleu obrir-lo només per a lectura?</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Obre només per a &amp;lectura</translation>
    </message>
    <message>
        <source>Open &amp;Anyway</source>
        <translation>Obre &amp;igualment</translation>
    </message>
    <message>
        <source>Opened without a lock: %s</source>
        <translation>Obert sense bloqueig: %s</translation>
    </message>
    <message>
        <source>Read-only: the map is open elsewhere</source>
        <translation>Només lectura: el mapa està obert en un altre lloc</translation>
    </message>
    <message>
        <source>The map is also open elsewhere</source>
        <translation>El mapa també està obert en un altre lloc</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sense títol</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>mai desat</translation>
    </message>
    <message>
        <source>“%(title)s”, autosaved %(time)s (%(where)s)</source>
        <translation>«%(title)s», desat automàticament el %(time)s (%(where)s)</translation>
    </message>
    <message>
        <source>Recover Unsaved Map</source>
        <translation>Recupera un mapa sense desar</translation>
    </message>
    <message>
        <source>cxmapper closed unexpectedly. An autosaved copy was found:</source>
        <translation>El cxmapper es va tancar de manera inesperada. S&apos;ha trobat una còpia desada automàticament:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaura</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descarta</translation>
    </message>
    <message>
        <source>Ask &amp;Later</source>
        <translation>Pregunta-ho &amp;més tard</translation>
    </message>
    <message>
        <source>Could Not Recover Map</source>
        <translation>No s&apos;ha pogut recuperar el mapa</translation>
    </message>
    <message>
        <source>%s could not be restored: %s</source>
        <translation>No s&apos;ha pogut restaurar %s: %s</translation>
    </message>
</context>
<context>
    <name>StageForm</name>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Customer goal</source>
        <translation>Objectiu del client</translation>
    </message>
    <message>
        <source>What the customer wants at this stage</source>
        <translation>El que vol el client en aquesta etapa</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Punts de dolor</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunitats</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Stage: {name}</source>
        <translation>Etapa: {name}</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translation>Pàgina d&apos;inici</translation>
    </message>
    <message>
        <source>Create a new journey map, start from an example, or open a map</source>
        <translation>Creeu un mapa del viatge del client, comenceu a partir d&apos;un exemple o obriu un mapa</translation>
    </message>
    <message>
        <source>cxmapper logo</source>
        <translation>Logotip del cxmapper</translation>
    </message>
    <message>
        <source>Map every moment your customers meet your brand — before, during and after the purchase — and see where your team can make it better.</source>
        <translation>Traceu cada moment en què els vostres clients es troben amb la vostra marca —abans, durant i després de la compra— i descobriu on el pot millorar el vostre equip.</translation>
    </message>
    <message>
        <source>Start a map</source>
        <translation>Comenceu un mapa</translation>
    </message>
    <message>
        <source>New blank map</source>
        <translation>Mapa en blanc</translation>
    </message>
    <message>
        <source>Three stages: before, during and after the purchase</source>
        <translation>Tres etapes: abans, durant i després de la compra</translation>
    </message>
    <message>
        <source>Clothing shop</source>
        <translation>Botiga de roba</translation>
    </message>
    <message>
        <source>An example map: a small fashion shop with an online store</source>
        <translation>Un mapa d&apos;exemple: una botiga de moda petita amb botiga en línia</translation>
    </message>
    <message>
        <source>Beauty salon</source>
        <translation>Saló de bellesa</translation>
    </message>
    <message>
        <source>An example map: bookings, the visit and the follow-up</source>
        <translation>Un mapa d&apos;exemple: reserves, la visita i el seguiment</translation>
    </message>
    <message>
        <source>Open a map…</source>
        <translation>Obre un mapa…</translation>
    </message>
    <message>
        <source>Continue working on a .cxmap file</source>
        <translation>Continueu treballant en un fitxer .cxmap</translation>
    </message>
    <message>
        <source>Recent maps</source>
        <translation>Mapes recents</translation>
    </message>
    <message>
        <source>Press Enter or click to open a map</source>
        <translation>Premeu Retorn o feu clic per obrir un mapa</translation>
    </message>
    <message>
        <source>No recent maps yet. The maps you open or save will be listed here.</source>
        <translation>Encara no hi ha mapes recents. Aquí apareixeran els mapes que obriu o deseu.</translation>
    </message>
    <message>
        <source>New to journey maps? Read how to map touchpoints</source>
        <translation>És el vostre primer mapa del viatge del client? Llegiu com fer el mapa dels punts de contacte</translation>
    </message>
    <message>
        <source>How to map touchpoints</source>
        <translation>Com fer el mapa dels punts de contacte</translation>
    </message>
</context>
<context>
    <name>TouchpointForm</name>
    <message>
        <source>Card</source>
        <translation>Targeta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Títol</translation>
    </message>
    <message>
        <source>The touchpoint&apos;s short name</source>
        <translation>El nom curt del punt de contacte</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripció</translation>
    </message>
    <message>
        <source>What happens at this touchpoint</source>
        <translation>Què passa en aquest punt de contacte</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Carril</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiència</translation>
    </message>
    <message>
        <source>Experience score</source>
        <translation>Puntuació de l&apos;experiència</translation>
    </message>
    <message>
        <source>How the customer feels at this touchpoint, from very bad (-2) to very good (+2)</source>
        <translation>Com se sent el client en aquest punt de contacte, de molt malament (-2) a molt bé (+2)</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment de la veritat</translation>
    </message>
    <message>
        <source>A moment that decides whether the customer buys or comes back</source>
        <translation>Un moment que decideix si el client compra o torna</translation>
    </message>
    <message>
        <source>What the customer does</source>
        <translation>Què fa el client</translation>
    </message>
    <message>
        <source>What the customer thinks and feels</source>
        <translation>Què pensa i sent el client</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Punts de dolor</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunitats</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Intentional touchpoints are caused by the brand; unintentional ones happen without it</source>
        <translation>Els punts de contacte intencionats els provoca la marca; els no intencionats passen sense ella</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propietat</translation>
    </message>
    <message>
        <source>The team can influence it</source>
        <translation>L&apos;equip hi pot influir</translation>
    </message>
    <message>
        <source>Owner in the team</source>
        <translation>Responsable a l&apos;equip</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>How you measure this touchpoint</source>
        <translation>Com es mesura aquest punt de contacte</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Més</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetes</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Separades per comes</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Perfils</translation>
    </message>
    <message>
        <source>Which personas meet this card</source>
        <translation>Quins perfils passen per aquesta targeta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Tria…</translation>
    </message>
    <message>
        <source>Choose the card colour</source>
        <translation>Tria el color de la targeta</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminat</translation>
    </message>
    <message>
        <source>Use the default card colour</source>
        <translation>Fes servir el color predeterminat de les targetes</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Untitled card</source>
        <translation>Targeta sense títol</translation>
    </message>
    <message>
        <source>{title}  ({count} cards selected)</source>
        <translation>{title}  ({count} targetes seleccionades)</translation>
    </message>
    <message>
        <source>(unnamed stage)</source>
        <translation>(etapa sense nom)</translation>
    </message>
    <message>
        <source>(unnamed persona)</source>
        <translation>(perfil sense nom)</translation>
    </message>
    <message>
        <source>No personas yet (Map ▸ Personas…)</source>
        <translation>Encara no hi ha perfils (Mapa ▸ Perfils…)</translation>
    </message>
    <message>
        <source>Edit {field} of “{card}”</source>
        <translation>Editar {field} de «{card}»</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Advertising</source>
        <translation>Publicitat</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Boca-orella</translation>
    </message>
    <message>
        <source>Search engines</source>
        <translation>Cercadors</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Lloc web</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Xarxes socials</translation>
    </message>
    <message>
        <source>Reviews and ratings</source>
        <translation>Ressenyes i valoracions</translation>
    </message>
    <message>
        <source>Press and news</source>
        <translation>Premsa i notícies</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Continguts</translation>
    </message>
    <message>
        <source>Events and fairs</source>
        <translation>Esdeveniments i fires</translation>
    </message>
    <message>
        <source>Physical store</source>
        <translation>Botiga física</translation>
    </message>
    <message>
        <source>Field staff</source>
        <translation>Personal de camp</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Aplicació mòbil</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telèfon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correu electrònic</translation>
    </message>
    <message>
        <source>Chat and messaging</source>
        <translation>Xat i missatgeria</translation>
    </message>
    <message>
        <source>Sales team</source>
        <translation>Equip de vendes</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagament</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lliurament</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Embalatge</translation>
    </message>
    <message>
        <source>Returns and exchanges</source>
        <translation>Devolucions i canvis</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Customer support</source>
        <translation>Atenció al client</translation>
    </message>
    <message>
        <source>Surveys and feedback</source>
        <translation>Enquestes i opinions</translation>
    </message>
    <message>
        <source>Loyalty programme</source>
        <translation>Programa de fidelització</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altres</translation>
    </message>
    <message>
        <source>Intentional (caused by the brand)</source>
        <translation>Intencionat (el provoca la marca)</translation>
    </message>
    <message>
        <source>Unintentional (happens without the brand)</source>
        <translation>No intencionat (passa sense la marca)</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sense puntuar</translation>
    </message>
    <message>
        <source>Very bad</source>
        <translation>Molt dolenta</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Dolenta</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutra</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bona</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Molt bona</translation>
    </message>
    <message>
        <source>Before the purchase</source>
        <translation>Abans de la compra</translation>
    </message>
    <message>
        <source>During the purchase</source>
        <translation>Durant la compra</translation>
    </message>
    <message>
        <source>After the purchase</source>
        <translation>Després de la compra</translation>
    </message>
    <message>
        <source>Brand-owned</source>
        <translation>De la marca</translation>
    </message>
    <message>
        <source>Partner-owned</source>
        <translation>D&apos;un soci</translation>
    </message>
    <message>
        <source>Customer-owned</source>
        <translation>Del client</translation>
    </message>
    <message>
        <source>Social / external</source>
        <translation>Social / extern</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>(untitled)</source>
        <translation>(sense títol)</translation>
    </message>
    <message>
        <source>Experience: %s</source>
        <translation>Experiència: %s</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment de la veritat</translation>
    </message>
    <message>
        <source>Channel: %s</source>
        <translation>Canal: %s</translation>
    </message>
    <message>
        <source>Customer goal: %s</source>
        <translation>Objectiu del client: %s</translation>
    </message>
    <message>
        <source>Drop touchpoints here</source>
        <translation>Deixeu anar aquí punts de contacte</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiència</translation>
    </message>
    <message>
        <source>How the customer feels, card by card; ◆ stage average</source>
        <translation>Com se sent el client, targeta a targeta; ◆ mitjana de l&apos;etapa</translation>
    </message>
    <message>
        <source>Average of “%s”: %s</source>
        <translation>Mitjana de «%s»: %s</translation>
    </message>
    <message>
        <source>Experience: how the customer feels at each touchpoint (−2 to +2)</source>
        <translation>Experiència: com se sent el client a cada punt de contacte (de −2 a +2)</translation>
    </message>
    <message>
        <source>Lane “%s”</source>
        <extracomment>How many items had their position or size changed by document edits (for tests and the benchmark: an edit must touch only what it concerns).</extracomment>
        <translation>Carril «%s»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cards</source>
        <translation>
            <numerusform>Suprimir %n targeta</numerusform>
            <numerusform>Suprimir %n targetes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n cards</source>
        <extracomment>The MIME type the catalogue dock drags: the entry id as UTF-8. How long cards take to glide back after a drop nowhere (ms): long enough to see, short enough not to wait for.</extracomment>
        <translation>
            <numerusform>Moure %n targeta</numerusform>
            <numerusform>Moure %n targetes</numerusform>
        </translation>
    </message>
</context>
</TS>
