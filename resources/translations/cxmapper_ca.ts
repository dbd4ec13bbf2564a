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
        <source>Type any word: a name, a channel, a brand such as WhatsApp or Google Maps. Accents do not matter.</source>
        <translation>Escriviu qualsevol paraula: un nom, un canal, una marca com WhatsApp o Google Maps. Els accents no importen.</translation>
    </message>
    <message>
        <source>Double-click or drag a touchpoint onto the map.</source>
        <translation>Feu doble clic en un punt de contacte o arrossegueu-lo al mapa.</translation>
    </message>
    <message>
        <source>No matching touchpoints</source>
        <translation>Cap punt de contacte no coincideix</translation>
    </message>
    <message>
        <source>Add the searched words as a new card</source>
        <translation>Afegir les paraules cercades com una targeta nova</translation>
    </message>
    <message>
        <source>Enter in the search field does the same</source>
        <translation>Prémer Retorn al camp de cerca fa el mateix</translation>
    </message>
    <message>
        <source>Catalogue entries</source>
        <translation>Entrades del catàleg</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>No touchpoint in the catalogue matches “{text}”. Press Enter to add it as a card of your own.</source>
        <translation>Al catàleg, cap punt de contacte no coincideix amb «{text}». Premeu Retorn per afegir-lo com una targeta pròpia.</translation>
    </message>
    <message>
        <source>Add “{text}” as a new card</source>
        <translation>Afegir «{text}» com a targeta nova</translation>
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
        <source>impact</source>
        <translation>impacte</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>esforç</translation>
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
        <source>Add a card</source>
        <extracomment>How much of a card&apos;s or stage&apos;s name a step shows: whole titles as people write them (the history view wraps), cut only when pathological (a 200-character title).</extracomment>
        <translation>Afegeix una targeta</translation>
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
        <source>Rename “%s”</source>
        <translation>Canvia el nom a «%s»</translation>
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
    <message>
        <source>Resolve conflict on “%s”</source>
        <extracomment>keep my value (or, for a deletion mark, keep the object) take my colleague&apos;s value for a card one side deleted: delete it after all the mark&apos;s object is gone: just drop the mark</extracomment>
        <translation>Resol el conflicte de «%s»</translation>
    </message>
    <message>
        <source>Merge changes from “%s”</source>
        <translation>Combina els canvis de «%s»</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>C&amp;ompare with File…</source>
        <extracomment>The colour of &quot;different from the other file&quot;: marks and the other map&apos;s curve.</extracomment>
        <translation>Compara amb un &amp;fitxer…</translation>
    </message>
    <message>
        <source>Mark the cards that differ from another map file and draw its curve</source>
        <translation>Marca les targetes que difereixen d&apos;un altre fitxer de mapa i en dibuixa la corba</translation>
    </message>
    <message>
        <source>End Comp&amp;arison</source>
        <translation>Acaba la c&amp;omparació</translation>
    </message>
    <message>
        <source>Duplicate as To-&amp;Be…</source>
        <translation>Duplica com a situació desit&amp;jada…</translation>
    </message>
    <message>
        <source>Save a copy to redesign, and compare it with this map</source>
        <translation>Desa una còpia per redissenyar-la i la compara amb aquest mapa</translation>
    </message>
    <message>
        <source>Could Not Compare</source>
        <translation>No s&apos;ha pogut comparar</translation>
    </message>
    <message>
        <source>“%s” could not be opened.</source>
        <translation>No s&apos;ha pogut obrir «%s».</translation>
    </message>
    <message>
        <source>Different from %s</source>
        <translation>Diferent de %s</translation>
    </message>
    <message>
        <source>╌╌ %s (average per stage)   ◆ this map</source>
        <translation>╌╌ %s (mitjana per etapa)   ◆ aquest mapa</translation>
    </message>
    <message>
        <source>%s (to-be)</source>
        <translation>%s (situació desitjada)</translation>
    </message>
    <message>
        <source>Could Not Save Map</source>
        <translation>No s&apos;ha pogut desar el mapa</translation>
    </message>
    <message>
        <source>“%s” could not be written.</source>
        <translation>No s&apos;ha pogut escriure «%s».</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>Merge conflicts of this card</source>
        <translation>Conflictes de combinació d&apos;aquesta targeta</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Manté el meu</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Agafa el seu</translation>
    </message>
    <message>
        <source>Delete Card</source>
        <translation>Elimina la targeta</translation>
    </message>
</context>
<context>
    <name>ConflictsDock</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflictes</translation>
    </message>
    <message>
        <source>Merge conflicts</source>
        <translation>Conflictes de la combinació</translation>
    </message>
    <message>
        <source>Conflicts to settle</source>
        <translation>Conflictes per resoldre</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Manté el &amp;meu</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Agafa el &amp;seu</translation>
    </message>
    <message>
        <source>&amp;Delete Card</source>
        <translation>&amp;Elimina la targeta</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Descarta</translation>
    </message>
    <message>
        <source>Merge This &amp;Copy</source>
        <translation>Combina aquesta &amp;còpia</translation>
    </message>
</context>
<context>
    <name>CopyTableFeature</name>
    <message>
        <source>Copy as Ta&amp;ble</source>
        <translation>Copia c&amp;om a taula</translation>
    </message>
    <message>
        <source>Copy the selected cards, or all of them, as a table for documents and spreadsheets</source>
        <translation>Copia les targetes seleccionades, o totes, com una taula per a documents i fulls de càlcul</translation>
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
        <source>Merge their changes into yours (disagreements are listed for you to settle), reload their version and lose your unsaved changes, or keep your version?</source>
        <translation>Vols combinar els seus canvis amb els teus (les discrepàncies es llisten perquè les resolguis), tornar a carregar la seva versió i perdre els canvis no desats, o mantenir la teva versió?</translation>
    </message>
    <message>
        <source>Merge their changes into the map, reload their version, or keep the version shown?</source>
        <translation>Vols combinar els seus canvis amb el mapa, tornar a carregar la seva versió o mantenir la versió que es mostra?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Torna a carregar</translation>
    </message>
    <message>
        <source>&amp;Merge Their Changes Into Mine</source>
        <translation>&amp;Combina els seus canvis amb els meus</translation>
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
        <source>Export Finished</source>
        <translation>Exportació acabada</translation>
    </message>
    <message>
        <source>Exported “%s”.</source>
        <translation>S&apos;ha exportat «%s».</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Obre</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostra a la &amp;carpeta</translation>
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
        <extracomment>(format id, extension) in the order the format box lists them. Above this many cards the dialog shows no live preview (composing it takes over a second). Formats drawn by Qt&apos;s painter, which stays on the GUI thread. How long an export may take before its progress dialog shows.</extracomment>
        <translation>Exporta el mapa</translation>
    </message>
    <message numerus="yes">
        <source>Only the cards the filter shows (%n)</source>
        <translation>
            <numerusform>Només les targetes que mostra el filtre (%n)</numerusform>
            <numerusform>Només les targetes que mostra el filtre (%n)</numerusform>
        </translation>
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
        <source>Web page (one file, opens offline in any browser)</source>
        <translation>Pàgina web (un sol fitxer, s&apos;obre sense connexió a qualsevol navegador)</translation>
    </message>
    <message>
        <source>Excel workbook (touchpoint table to fill in and import back)</source>
        <translation>Llibre d&apos;Excel (taula de punts de contacte per omplir i tornar a importar)</translation>
    </message>
    <message>
        <source>PowerPoint slides (editable map, stages, table)</source>
        <translation>Diapositives de PowerPoint (mapa editable, etapes, taula)</translation>
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
        <source>Number of sheets for the suggested poster</source>
        <translation>Nombre de fulls del pòster suggerit</translation>
    </message>
    <message>
        <source>Suggest Grid</source>
        <translation>Suggereix la quadrícula</translation>
    </message>
    <message>
        <source>Choose the grid and orientation the map fills best on at most this many sheets</source>
        <translation>Tria la quadrícula i l&apos;orientació que el mapa omple millor amb aquest nombre de fulls com a màxim</translation>
    </message>
    <message>
        <source>Best poster on</source>
        <translation>Millor pòster en</translation>
    </message>
    <message>
        <source>sheets:</source>
        <translation>fulls:</translation>
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
        <source>Summary page (figures, curve, priorities)</source>
        <translation>Pàgina de resum (xifres, corba, prioritats)</translation>
    </message>
    <message>
        <source>Summary page</source>
        <translation>Pàgina de resum</translation>
    </message>
    <message>
        <source>Map per persona</source>
        <translation>Mapa per perfil</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Tot el mapa</translation>
    </message>
    <message>
        <source>Each persona, one map after the other</source>
        <translation>Cada perfil, un mapa darrere l&apos;altre</translation>
    </message>
    <message>
        <source>Action plan (opportunities by priority)</source>
        <translation>Pla d&apos;acció (oportunitats per prioritat)</translation>
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
        <source>Persona:</source>
        <translation>Perfil:</translation>
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
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Pàgina anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Següent</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Pàgina següent</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporta</translation>
    </message>
    <message>
        <source>%1 × %2 portrait sheets would leave only %3 % blank: press Suggest Grid.</source>
        <translation>%1 × %2 fulls en vertical deixarien només un %3 % en blanc: premeu Suggereix la quadrícula.</translation>
    </message>
    <message>
        <source>%1 × %2 landscape sheets would leave only %3 % blank: press Suggest Grid.</source>
        <translation>%1 × %2 fulls en horitzontal deixarien només un %3 % en blanc: premeu Suggereix la quadrícula.</translation>
    </message>
    <message>
        <source>The map covers %1 % of the poster; %2 % of the paper stays blank.</source>
        <translation>El mapa ocupa el %1 % del pòster; el %2 % del paper queda en blanc.</translation>
    </message>
    <message>
        <source>Card titles will print at %1 pt.</source>
        <translation>Els títols de les targetes s&apos;imprimiran a %1 pt.</translation>
    </message>
    <message>
        <source>Card titles will print at %1 pt, too small to read; choose %2 or a poster.</source>
        <translation>Els títols de les targetes s&apos;imprimiran a %1 pt, massa petits per llegir-los; trieu %2 o un pòster.</translation>
    </message>
    <message>
        <source>Card titles will print at %1 pt, too small to read; choose %2.</source>
        <translation>Els títols de les targetes s&apos;imprimiran a %1 pt, massa petits per llegir-los; trieu %2.</translation>
    </message>
    <message>
        <source>Card titles will print at %1 pt, too small to read; choose a poster.</source>
        <translation>Els títols de les targetes s&apos;imprimiran a %1 pt, massa petits per llegir-los; trieu un pòster.</translation>
    </message>
    <message>
        <source>Card titles will print at %1 pt, too small to read; choose more sheets or a larger paper.</source>
        <translation>Els títols de les targetes s&apos;imprimiran a %1 pt, massa petits per llegir-los; trieu més fulls o un paper més gran.</translation>
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
    <message numerus="yes">
        <source>No live preview for a map of %n cards: it would take seconds after every change. Export, then open the file to check it.</source>
        <translation>
            <numerusform>Sense previsualització per a un mapa de %n targeta: trigaria segons després de cada canvi. Exporta'l i obre el fitxer per revisar-lo.</numerusform>
            <numerusform>Sense previsualització per a un mapa de %n targetes: trigaria segons després de cada canvi. Exporta'l i obre el fitxer per revisar-lo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation>No hi ha res per previsualitzar.</translation>
    </message>
    <message>
        <source>Touchpoint table, page %1 of %2: one row per touchpoint, flowing from page to page.</source>
        <translation>Taula de punts de contacte, pàgina %1 de %2: una fila per punt de contacte, d&apos;una pàgina a la següent.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pàgina %1 de %2</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>Exportant «%1»…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportant</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>No es pot obrir</translation>
    </message>
    <message>
        <source>No application is set up to open “%s”.</source>
        <translation>No hi ha cap aplicació configurada per obrir «%s».</translation>
    </message>
    <message>
        <source>Print Map</source>
        <translation>Imprimeix el mapa</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter bar</source>
        <extracomment>``ask_text(parent, title, label, text)``: one line of text from the user, None when cancelled.</extracomment>
        <translation>Barra de filtres</translation>
    </message>
    <message>
        <source>All my touchpoints</source>
        <extracomment>The ids of the matching cards, or None when no filter is active (every card shows).</extracomment>
        <translation>Tots els meus punts de contacte</translation>
    </message>
    <message>
        <source>Every card of the map</source>
        <translation>Totes les targetes del mapa</translation>
    </message>
    <message>
        <source>Unintentional</source>
        <translation>No intencionats</translation>
    </message>
    <message>
        <source>Touchpoints that happen without the brand causing them</source>
        <translation>Punts de contacte que passen sense que la marca els provoqui</translation>
    </message>
    <message>
        <source>My team can influence</source>
        <translation>El meu equip hi pot influir</translation>
    </message>
    <message>
        <source>Touchpoints your team can act on</source>
        <translation>Punts de contacte on el teu equip pot actuar</translation>
    </message>
    <message>
        <source>Filter ▾</source>
        <translation>Filtra ▾</translation>
    </message>
    <message>
        <source>Filter by…</source>
        <translation>Filtra per…</translation>
    </message>
    <message>
        <source>Filter by phase, stage, channel, score, persona, tag, owner…</source>
        <translation>Filtra per fase, etapa, canal, puntuació, persona, etiqueta, responsable…</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Show one persona&apos;s cards and experience curve</source>
        <translation>Mostra les targetes i la corba d&apos;experiència d&apos;un perfil</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vistes desades</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Desa la vista…</translation>
    </message>
    <message>
        <source>Save the filter as a view</source>
        <translation>Desa el filtre com a vista</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Elimina la vista</translation>
    </message>
    <message>
        <source>Delete the saved view</source>
        <translation>Elimina la vista desada</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Treu</translation>
    </message>
    <message>
        <source>Show every card again (Esc)</source>
        <translation>Torna a mostrar totes les targetes (Esc)</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Treu el filtre</translation>
    </message>
    <message>
        <source>Active filter</source>
        <extracomment>For the window&apos;s status bar: the active filter in words.</extracomment>
        <translation>Filtre actiu</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 card(s) shown</source>
        <translation>
            <numerusform>%n de %1 targetes visible</numerusform>
            <numerusform>%n de %1 targetes visibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: %s — %s (Esc clears)</source>
        <translation>Filtre: %s — %s (Esc el treu)</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Tots els perfils</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Desa la vista</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nom de la vista:</translation>
    </message>
    <message>
        <source>My view</source>
        <translation>La meva vista</translation>
    </message>
    <message>
        <source>Save view “%s”</source>
        <translation>Desa la vista «%s»</translation>
    </message>
    <message>
        <source>Delete view “%s”</source>
        <translation>Elimina la vista «%s»</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
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
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Intentional</source>
        <translation>Intencionats</translation>
    </message>
    <message>
        <source>Out of my team&apos;s reach</source>
        <translation>Fora de l&apos;abast del meu equip</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation>Sense puntuar</translation>
    </message>
    <message>
        <source>Moments of truth</source>
        <translation>Moments de la veritat</translation>
    </message>
    <message>
        <source>Has pain points</source>
        <translation>Amb punts de dolor</translation>
    </message>
    <message>
        <source>Has no opportunity</source>
        <translation>Sense oportunitat</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>Treu el filtre</translation>
    </message>
    <message>
        <source>Score from</source>
        <translation>Puntuació de</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Puntuació mínima</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Puntuació màxima</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>score %s to %s</source>
        <translation>puntuació de %s a %s</translation>
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
        <source>&lt;h3&gt;1. Follow the purchase: before, during, after&lt;/h3&gt;&lt;p&gt;Start with three columns. &lt;b&gt;Before the purchase&lt;/b&gt; the customer discovers you and compares: adverts, word of mouth, search results, your website and social profiles, reviews, news and your own content. &lt;b&gt;During the purchase&lt;/b&gt; they decide and buy: the shop floor, the staff who serve them, the online basket, questions to the sales team, payment, waiting for the delivery, opening the package, asking for an exchange. &lt;b&gt;After the purchase&lt;/b&gt; the relationship continues: the invoice or service report, after-sales benefits, support, useful content, and the everyday use of what they bought. Split a column into several stages when it helps (for example &lt;i&gt;Discover&lt;/i&gt; and &lt;i&gt;Compare&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;Use the &lt;b&gt;Catalogue&lt;/b&gt; on the left: double-click a typical touchpoint to add it, then rename it to match your business. Search it with everyday words (WhatsApp, photos, invoice); when nothing matches, Enter adds what you typed as your own card.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;1. Seguiu la compra: abans, durant i després&lt;/h3&gt;&lt;p&gt;Comenceu amb tres columnes. &lt;b&gt;Abans de la compra&lt;/b&gt;, el client us descobreix i compara: anuncis, boca-orella, resultats de cerca, el vostre lloc web i els perfils a les xarxes socials, ressenyes, notícies i els vostres continguts. &lt;b&gt;Durant la compra&lt;/b&gt;, decideix i compra: la botiga, el personal que l&apos;atén, la cistella de la botiga en línia, les preguntes a l&apos;equip de vendes, el pagament, l&apos;espera de l&apos;enviament, l&apos;obertura del paquet o la petició d&apos;un canvi. &lt;b&gt;Després de la compra&lt;/b&gt;, la relació continua: la factura o l&apos;informe del servei, els avantatges postvenda, el suport, els continguts útils i l&apos;ús diari del que ha comprat. Dividiu una columna en diverses etapes quan us sigui útil (per exemple, &lt;i&gt;Descobrir&lt;/i&gt; i &lt;i&gt;Comparar&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;Feu servir el &lt;b&gt;Catàleg&lt;/b&gt; de l&apos;esquerra: feu doble clic en un punt de contacte habitual per afegir-lo i després canvieu-ne el nom perquè s&apos;ajusti al vostre negoci. Cerqueu-hi amb paraules de cada dia (WhatsApp, fotos, factura); si no hi coincideix res, Retorn afegeix el que heu escrit com una targeta pròpia.&lt;/p&gt;</translation>
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
        <source>&lt;h3&gt;The card&apos;s fields, one line each&lt;/h3&gt;&lt;p&gt;The Inspector shows the questions of the exercise first; the rest is under &lt;i&gt;More details&lt;/i&gt;. Specialists&apos; terms are in brackets.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Name&lt;/b&gt;: a short name for the moment, as your customers would say it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;When&lt;/b&gt; (stage): the column of the map, before, during or after the purchase.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Row&lt;/b&gt; (lane): an optional row, for example one per type of customer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Where&lt;/b&gt; (channel): where the customer meets you: the shop, the phone, WhatsApp…&lt;/li&gt;&lt;li&gt;&lt;b&gt;Do you make it happen?&lt;/b&gt; (intentional or unintentional): did you cause it, or does it happen without you?&lt;/li&gt;&lt;li&gt;&lt;b&gt;My team can influence it&lt;/b&gt;: tick it when your team can change how it goes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;How it feels to the customer&lt;/b&gt; (experience score): from &amp;minus;2, very bad, to +2, very good.&lt;/li&gt;&lt;li&gt;&lt;b&gt;What happens&lt;/b&gt; (description): in your own words; grey text is only the catalogue&apos;s suggestion and is never printed.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Moment of truth&lt;/b&gt;: a moment that decides whether the customer buys or comes back.&lt;/li&gt;&lt;li&gt;&lt;b&gt;What the customer does&lt;/b&gt; and &lt;b&gt;What the customer thinks and feels&lt;/b&gt;: the moment seen from their side.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Pain points&lt;/b&gt;: what annoys or blocks them; &lt;b&gt;Opportunities&lt;/b&gt;: what you could do better.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Who runs it&lt;/b&gt; (ownership: brand-, partner- or customer-owned, social / external): your business, a partner such as the courier or the bank, the customer, or other people.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Person in charge&lt;/b&gt; (owner): who in the team looks after it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;How you measure it&lt;/b&gt; (KPI, key performance indicator): a number to watch, such as the average rating.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Customer types&lt;/b&gt; (personas), &lt;b&gt;Tags&lt;/b&gt;, &lt;b&gt;Notes&lt;/b&gt; and &lt;b&gt;Colour&lt;/b&gt;: to sort, filter and remember.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Els camps d&apos;una targeta, en una línia cadascun&lt;/h3&gt;&lt;p&gt;L&apos;Inspector mostra primer les preguntes de l&apos;exercici; la resta és a &lt;i&gt;Més detalls&lt;/i&gt;. Els termes dels especialistes van entre parèntesis.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Nom&lt;/b&gt;: un nom curt per al moment, com el diria la vostra clientela.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Quan&lt;/b&gt; (etapa): la columna del mapa, abans, durant o després de la compra.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fila&lt;/b&gt; (carril): una fila opcional, per exemple una per tipus de client.&lt;/li&gt;&lt;li&gt;&lt;b&gt;On&lt;/b&gt; (canal): on us troba el client: la botiga, el telèfon, WhatsApp…&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ho provoqueu vosaltres?&lt;/b&gt; (intencionat o no intencionat): l&apos;heu causat vosaltres, o passa sense vosaltres?&lt;/li&gt;&lt;li&gt;&lt;b&gt;El meu equip hi pot influir&lt;/b&gt;: marqueu-ho si el vostre equip pot canviar com va.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Com ho viu el client&lt;/b&gt; (puntuació de l&apos;experiència): de &amp;minus;2, molt dolenta, a +2, molt bona.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Què passa&lt;/b&gt; (descripció): amb les vostres paraules; el text gris només és el suggeriment del catàleg i no s&apos;imprimeix mai.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Moment de la veritat&lt;/b&gt;: un moment que decideix si el client compra o torna.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Què fa el client&lt;/b&gt; i &lt;b&gt;Què pensa i sent el client&lt;/b&gt;: el moment vist des del seu costat.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Punts de dolor&lt;/b&gt;: què el molesta o el frena; &lt;b&gt;Oportunitats&lt;/b&gt;: què podríeu fer millor.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Qui ho gestiona&lt;/b&gt; (propietat: de la marca, d&apos;un soci, del client, social / externa): el vostre negoci, un soci com la missatgeria o el banc, el client o altres persones.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Responsable&lt;/b&gt;: qui de l&apos;equip se n&apos;ocupa.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Com ho mesureu&lt;/b&gt; (KPI, indicador clau de rendiment): una xifra per vigilar, com la valoració mitjana.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tipus de client&lt;/b&gt; (perfils), &lt;b&gt;Etiquetes&lt;/b&gt;, &lt;b&gt;Notes&lt;/b&gt; i &lt;b&gt;Color&lt;/b&gt;: per ordenar, filtrar i recordar.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Impact&lt;/b&gt; and &lt;b&gt;Effort&lt;/b&gt;: how much acting on the opportunities would help, and how much it would cost, from low to high; the Insight panel lists the quick wins, much help for little effort, first.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Impacte&lt;/b&gt; i &lt;b&gt;Esforç&lt;/b&gt;: quant ajudaria actuar sobre les oportunitats i quant costaria, de baix a alt; el panell Anàlisi mostra primer les victòries ràpides, molta ajuda amb poc esforç.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Working in a workshop&lt;/h3&gt;&lt;p&gt;Paste a table from a spreadsheet (title, stage or phase, channel, description, control, score) with Edit ▸ Paste to turn a group&apos;s notes into cards in one go, and print the map or the workshop cards from File ▸ Export.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Treballar en un taller&lt;/h3&gt;&lt;p&gt;Enganxeu una taula d&apos;un full de càlcul (títol, etapa o fase, canal, descripció, control, puntuació) amb Edita ▸ Enganxa per convertir d&apos;un cop les notes d&apos;un grup en targetes, i imprimiu el mapa o les targetes de taller des de Fitxer ▸ Exporta.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>not one of the choices</source>
        <extracomment>Plans with more steps than this replace the map in one step (the views rebuild once) rather than run a command per card: each card&apos;s command updates every view, and from about a hundred cards one rebuild is quicker, at any map size. A rebuilt map from this many cards on shows a &quot;Drawing&quot; dialog (it takes about a second). How long reading a sheet may take before its progress dialog shows.</extracomment>
        <translation>no és cap de les opcions</translation>
    </message>
    <message>
        <source>not yes or no</source>
        <translation>no és sí ni no</translation>
    </message>
    <message>
        <source>not a score from -2 to +2</source>
        <translation>no és una puntuació de -2 a +2</translation>
    </message>
    <message>
        <source>the map has no such stage</source>
        <translation>el mapa no té aquesta etapa</translation>
    </message>
    <message>
        <source>the map has no stage in that phase</source>
        <translation>el mapa no té cap etapa en aquesta fase</translation>
    </message>
    <message>
        <source>the map has no such lane</source>
        <translation>el mapa no té aquest carril</translation>
    </message>
    <message>
        <source>the map has no such persona</source>
        <translation>el mapa no té aquest perfil</translation>
    </message>
    <message>
        <source>not a valid card id</source>
        <translation>no és un id de targeta vàlid</translation>
    </message>
    <message>
        <source>the same id is on an earlier row</source>
        <translation>el mateix id és en una fila anterior</translation>
    </message>
    <message>
        <source>not a colour like #1a2b3c</source>
        <translation>no és un color com #1a2b3c</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Fila %1, %2: %3</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importa %1</translation>
    </message>
</context>
<context>
    <name>ImportFeature</name>
    <message>
        <source>&amp;Import…</source>
        <translation>I&amp;mporta…</translation>
    </message>
    <message>
        <source>Add or update cards from an Excel or CSV touchpoint table</source>
        <translation>Afegeix o actualitza targetes des d&apos;una taula de punts de contacte d&apos;Excel o CSV</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Dibuixant el mapa…</translation>
    </message>
    <message>
        <source>Importing Touchpoints</source>
        <translation>Important punts de contacte</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Llegint «%1»…</translation>
    </message>
    <message>
        <source>Checking the rows of “%1”…</source>
        <translation>Comprovant les files de «%1»…</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Important «%1»…</translation>
    </message>
    <message>
        <source>Import Touchpoints</source>
        <translation>Importa punts de contacte</translation>
    </message>
    <message>
        <source>Touchpoint tables (*.xlsx *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Taules de punts de contacte (*.xlsx *.csv *.tsv *.txt);;Tots els fitxers (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>No s&apos;ha pogut importar</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importa %1</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Previsualització de la importació</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged, %4 skipped</source>
        <translation>%1 noves, %2 modificades, %3 sense canvis, %4 omeses</translation>
    </message>
    <message>
        <source>Changes the import will make</source>
        <translation>Canvis que farà la importació</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sense títol)</translation>
    </message>
    <message numerus="yes">
        <source>New cards (%n)</source>
        <translation>
            <numerusform>Targetes noves (%n)</numerusform>
            <numerusform>Targetes noves (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed cards (%n)</source>
        <translation>
            <numerusform>Targetes modificades (%n)</numerusform>
            <numerusform>Targetes modificades (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>moves to %1</source>
        <translation>passa a %1</translation>
    </message>
    <message numerus="yes">
        <source>Rows skipped (%n)</source>
        <translation>
            <numerusform>Files omeses (%n)</numerusform>
            <numerusform>Files omeses (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
</context>
<context>
    <name>InsightDock</name>
    <message>
        <source>Insight</source>
        <extracomment>Cards listed one per line under a heading; the rest are one &quot;…and N more&quot; line.</extracomment>
        <translation>Anàlisi</translation>
    </message>
    <message>
        <source>What the map says: figures, priorities and gaps. Activate a line to select its cards.</source>
        <translation>El que diu el mapa: xifres, prioritats i buits. Activa una línia per seleccionar-ne les targetes.</translation>
    </message>
    <message>
        <source>What the map says</source>
        <translation>El que diu el mapa</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…i %n més</numerusform>
            <numerusform>…i %n més</numerusform>
        </translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation>encara sense puntuació</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s), average score %s</source>
        <translation>
            <numerusform>%n punt de contacte, puntuació mitjana %s</numerusform>
            <numerusform>%n punts de contacte, puntuació mitjana %s</numerusform>
        </translation>
    </message>
    <message>
        <source>Intentional: %s</source>
        <translation>Intencionats: %s</translation>
    </message>
    <message>
        <source>Unintentional, happen without you: %s</source>
        <translation>No intencionats, passen sense tu: %s</translation>
    </message>
    <message>
        <source>Your team can influence: %s</source>
        <translation>El teu equip hi pot influir: %s</translation>
    </message>
    <message numerus="yes">
        <source>Act here first (%n)</source>
        <translation>
            <numerusform>Actua aquí primer (%n)</numerusform>
            <numerusform>Actua aquí primer (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No touchpoint scores below zero</source>
        <translation>Cap punt de contacte puntua per sota de zero</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>moment de la veritat</translation>
    </message>
    <message numerus="yes">
        <source>Moments of truth that go badly (%n)</source>
        <translation>
            <numerusform>Moments de la veritat que van malament (%n)</numerusform>
            <numerusform>Moments de la veritat que van malament (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Experience per stage</source>
        <translation>Experiència per etapa</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sense puntuar</translation>
    </message>
    <message numerus="yes">
        <source>%s: %n card(s), average %s</source>
        <translation>
            <numerusform>%s: %n targeta, mitjana %s</numerusform>
            <numerusform>%s: %n targetes, mitjana %s</numerusform>
        </translation>
    </message>
    <message>
        <source>Touchpoints per phase</source>
        <translation>Punts de contacte per fase</translation>
    </message>
    <message>
        <source>Touchpoints per channel</source>
        <translation>Punts de contacte per canal</translation>
    </message>
    <message>
        <source>Touchpoints per lane</source>
        <translation>Punts de contacte per carril</translation>
    </message>
    <message>
        <source>Pain points left open</source>
        <translation>Punts de dolor pendents</translation>
    </message>
    <message numerus="yes">
        <source>No opportunity yet (%n)</source>
        <translation>
            <numerusform>Encara sense oportunitat (%n)</numerusform>
            <numerusform>Encara sense oportunitat (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody owns them (%n)</source>
        <translation>
            <numerusform>Sense responsable (%n)</numerusform>
            <numerusform>Sense responsable (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Impact and effort (%n)</source>
        <translation>
            <numerusform>Impacte i esforç (%n)</numerusform>
            <numerusform>Impacte i esforç (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Encara sense valorar</translation>
    </message>
    <message>
        <source>Impact: %s, effort: %s</source>
        <translation>Impacte: %s, esforç: %s</translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation>Victòria ràpida</translation>
    </message>
    <message>
        <source>Empty places</source>
        <translation>Llocs buits</translation>
    </message>
    <message>
        <source>Stage with no card: %s</source>
        <translation>Etapa sense targetes: %s</translation>
    </message>
    <message>
        <source>Lane with no card: %s</source>
        <translation>Carril sense targetes: %s</translation>
    </message>
    <message>
        <source>Gaps worth a look</source>
        <translation>Buits que val la pena mirar</translation>
    </message>
    <message>
        <source>%s: no touchpoint at all</source>
        <translation>%s: cap punt de contacte</translation>
    </message>
    <message>
        <source>%s, nothing through “%s”. For example: %s</source>
        <translation>%s, res per «%s». Per exemple: %s</translation>
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
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>A lane (row of the map): a customer type, a channel group, …</source>
        <translation>Un carril (fila del mapa): un tipus de client, un grup de canals…</translation>
    </message>
    <message>
        <source>Row: {name}</source>
        <translation>Fila: {name}</translation>
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
        <source>Insi&amp;ght</source>
        <translation>A&amp;nàlisi</translation>
    </message>
    <message>
        <source>Add a touchpoint card after the selected card, or in the cell you clicked</source>
        <translation>Afegeix una targeta després de la targeta seleccionada o a la cel·la on has fet clic</translation>
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
        <source>Touchpoint cards in stage columns. Arrow keys select cards, Ctrl+arrow keys move the selected card (Ctrl+Up and Ctrl+Down also into the next lane), Enter renames it, Delete removes the selection. Double-click an empty part of a stage to add a card there.</source>
        <translation>Targetes de punts de contacte en columnes d&apos;etapes. Les fletxes seleccionen targetes, Ctrl+fletxes mouen la targeta seleccionada (Ctrl+Amunt i Ctrl+Avall també al carril següent), Retorn li canvia el nom i Supr elimina la selecció. Fes doble clic en una part buida d&apos;una etapa per afegir-hi una targeta.</translation>
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
        <source>The file is read-only.</source>
        <extracomment>Autosave while there are unsaved changes, at least this often (milliseconds). ...and this long after the last edit, so a pause in the work is always covered. File-system events come in bursts (temp file, rename, .bak); look once they settle.</extracomment>
        <translation>El fitxer és només de lectura.</translation>
    </message>
    <message>
        <source>The file is marked immutable: no program may change or replace it.</source>
        <translation>El fitxer està marcat com a immutable: cap programa no el pot canviar ni substituir.</translation>
    </message>
    <message>
        <source>The folder is read-only: no file can be saved in it.</source>
        <translation>La carpeta és només de lectura: no s&apos;hi pot desar cap fitxer.</translation>
    </message>
    <message>
        <source>The folder is marked immutable: no file can be saved in it.</source>
        <translation>La carpeta està marcada com a immutable: no s&apos;hi pot desar cap fitxer.</translation>
    </message>
    <message>
        <source>The disk is read-only.</source>
        <translation>El disc és només de lectura.</translation>
    </message>
    <message>
        <source>Cannot Save Here</source>
        <translation>No es pot desar aquí</translation>
    </message>
    <message>
        <source>“%s” cannot be saved where it is.</source>
        <translation>«%s» no es pot desar on és.</translation>
    </message>
    <message>
        <source>Save it under another name or in another folder?</source>
        <translation>Voleu desar-lo amb un altre nom o en una altra carpeta?</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>&amp;Anomena i desa…</translation>
    </message>
    <message>
        <source>another cxmapper (it did not say who)</source>
        <extracomment>False when the user cancelled: do not open the map. Open without allowing Save (Save As stays possible). The held lock, to release on close; None when there is none (read-only, lockless, cancel). A translated one-liner for the status bar (&quot;&quot; when all is normal).</extracomment>
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
        <source>Part of the purchase</source>
        <translation>Moment de la compra</translation>
    </message>
    <message>
        <source>The phase: before, during or after the purchase</source>
        <translation>La fase: abans, durant o després de la compra</translation>
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
    <name>TeamFeature</name>
    <message>
        <source>&amp;Merge Another Version…</source>
        <translation>&amp;Combina una altra versió…</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s copy of this map into it; disagreements are listed to settle</source>
        <translation>Combina la còpia d&apos;aquest mapa d&apos;un company amb aquest; les discrepàncies es llisten per resoldre-les</translation>
    </message>
    <message>
        <source>Conf&amp;licts</source>
        <translation>C&amp;onflictes</translation>
    </message>
    <message>
        <source>Could Not Merge</source>
        <translation>No s&apos;ha pogut combinar</translation>
    </message>
    <message>
        <source>“%s” could not be read.</source>
        <translation>No s&apos;ha pogut llegir «%s».</translation>
    </message>
    <message numerus="yes">
        <source>Merged “%1”: %n conflict(s) to settle in the Conflicts panel</source>
        <translation>
            <numerusform>S&apos;ha combinat «%1»: %n conflicte per resoldre al tauler Conflictes</numerusform>
            <numerusform>S&apos;ha combinat «%1»: %n conflictes per resoldre al tauler Conflictes</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged “%s” with no conflicts</source>
        <translation>S&apos;ha combinat «%s» sense conflictes</translation>
    </message>
    <message numerus="yes">
        <source>Your sync client left %n conflicting copy(ies) of this map: see the Conflicts panel</source>
        <translation>
            <numerusform>El client de sincronització ha deixat %n còpia en conflicte d&apos;aquest mapa: mira el tauler Conflictes</numerusform>
            <numerusform>El client de sincronització ha deixat %n còpies en conflicte d&apos;aquest mapa: mira el tauler Conflictes</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy made by your sync client: %s</source>
        <translation>Còpia feta pel client de sincronització: %s</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) from a merge. Choose a value for each; the map is settled when this list is empty.</source>
        <translation>
            <numerusform>%n conflicte d&apos;una combinació. Tria un valor per a cadascun; el mapa queda resolt quan aquesta llista és buida.</numerusform>
            <numerusform>%n conflictes d&apos;una combinació. Tria un valor per a cadascun; el mapa queda resolt quan aquesta llista és buida.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: every change merged cleanly.</source>
        <translation>Sense conflictes: tots els canvis s&apos;han combinat sense problemes.</translation>
    </message>
    <message>
        <source>A conflict about something since deleted (%s)</source>
        <translation>Un conflicte sobre una cosa que ja s&apos;ha eliminat (%s)</translation>
    </message>
    <message>
        <source>“%1” was deleted by you but changed by your colleague</source>
        <translation>Vas eliminar «%1», però el teu company el va canviar</translation>
    </message>
    <message>
        <source>“%1” was deleted by your colleague but changed by you</source>
        <translation>El teu company va eliminar «%1», però tu el vas canviar</translation>
    </message>
    <message>
        <source>“%1”, %2 — mine: %3 · theirs: %4</source>
        <translation>«%1», %2 — el meu: %3 · el seu: %4</translation>
    </message>
</context>
<context>
    <name>TouchpointForm</name>
    <message>
        <source>What happens at this touchpoint</source>
        <translation>Què passa en aquest punt de contacte</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiència</translation>
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
        <source>Intentional touchpoints are caused by the brand; unintentional ones happen without it</source>
        <translation>Els punts de contacte intencionats els provoca la marca; els no intencionats passen sense ella</translation>
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
        <source>Touchpoint</source>
        <translation>Punt de contacte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>A short name for the moment, e.g. “Google reviews”</source>
        <translation>Un nom curt per al moment, p. ex. «Ressenyes a Google»</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quan</translation>
    </message>
    <message>
        <source>The stage: the column of the map where this moment happens</source>
        <translation>L&apos;etapa: la columna del mapa on passa aquest moment</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>The lane: the row of the map (a customer type, a channel group…)</source>
        <translation>El carril: la fila del mapa (un tipus de client, un grup de canals…)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>On</translation>
    </message>
    <message>
        <source>The channel: where the customer meets you (the shop, the phone, WhatsApp…)</source>
        <translation>El canal: on us troba el client (la botiga, el telèfon, WhatsApp…)</translation>
    </message>
    <message>
        <source>Do you make it happen?</source>
        <translation>Ho provoqueu vosaltres?</translation>
    </message>
    <message>
        <source>Intentional: you cause it. Unintentional: it happens without you, like reviews or word of mouth.</source>
        <translation>Intencionat: el provoqueu vosaltres. No intencionat: passa sense vosaltres, com les ressenyes o el boca-orella.</translation>
    </message>
    <message>
        <source>My team can influence it</source>
        <translation>El meu equip hi pot influir</translation>
    </message>
    <message>
        <source>Tick it when your team can change how this moment goes</source>
        <translation>Marqueu-ho si el vostre equip pot canviar com va aquest moment</translation>
    </message>
    <message>
        <source>How it feels to the customer</source>
        <translation>Com ho viu el client</translation>
    </message>
    <message>
        <source>From -2 (very bad) to +2 (very good); leave it unrated if you are not sure.</source>
        <translation>De -2 (molt dolenta) a +2 (molt bona); deixeu-ho sense valorar si no n&apos;esteu segurs.</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Què passa</translation>
    </message>
    <message>
        <source>The grey text is the catalogue&apos;s suggestion; it is not printed.</source>
        <translation>El text gris és el suggeriment del catàleg; no s&apos;imprimeix.</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Fer-lo servir</translation>
    </message>
    <message>
        <source>Use the catalogue&apos;s suggestion as the description</source>
        <translation>Fer servir el suggeriment del catàleg com a descripció</translation>
    </message>
    <message>
        <source>Copy the suggestion into the description, to print it and edit it</source>
        <translation>Copia el suggeriment a la descripció, per imprimir-lo i editar-lo</translation>
    </message>
    <message>
        <source>More details</source>
        <translation>Més detalls</translation>
    </message>
    <message>
        <source>Customer&apos;s actions and thoughts, pain points, ownership, KPI, personas, tags, notes, colour</source>
        <translation>Accions i pensaments del client, punts de dolor, propietat, KPI, perfils, etiquetes, notes, color</translation>
    </message>
    <message>
        <source>What annoys or blocks the customer here</source>
        <translation>Què molesta o frena el client aquí</translation>
    </message>
    <message>
        <source>What you could do better here</source>
        <translation>Què podríeu fer millor aquí</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacte</translation>
    </message>
    <message>
        <source>How much acting on the opportunity would help</source>
        <translation>Quant ajudaria aprofitar l&apos;oportunitat</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Esforç</translation>
    </message>
    <message>
        <source>How much acting on the opportunity would cost</source>
        <translation>Quant costaria aprofitar l&apos;oportunitat</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>El vostre equip</translation>
    </message>
    <message>
        <source>Who runs it</source>
        <translation>Qui ho gestiona</translation>
    </message>
    <message>
        <source>The ownership model: brand-, partner- or customer-owned, or social / external</source>
        <translation>El model de propietat: de la marca, d&apos;un soci, del client, o social / extern</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Who in the team looks after it</source>
        <translation>Qui de l&apos;equip se n&apos;ocupa</translation>
    </message>
    <message>
        <source>How you measure it</source>
        <translation>Com ho mesureu</translation>
    </message>
    <message>
        <source>The KPI (key performance indicator), e.g. “average rating” or “calls answered”</source>
        <translation>El KPI (indicador clau de rendiment), p. ex. «valoració mitjana» o «trucades ateses»</translation>
    </message>
    <message>
        <source>Organise</source>
        <translation>Organitzar</translation>
    </message>
    <message>
        <source>Customer types</source>
        <translation>Tipus de client</translation>
    </message>
    <message>
        <source>The personas (customer types) who meet this card</source>
        <translation>Els perfils (tipus de client) que passen per aquesta targeta</translation>
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
        <source>Intentional</source>
        <translation>Intencionat</translation>
    </message>
    <message>
        <source>Unintentional</source>
        <translation>No intencionat</translation>
    </message>
    <message>
        <source>You make it happen: your adverts, your shop, your staff, your messages.</source>
        <translation>El provoqueu vosaltres: els vostres anuncis, la botiga, el personal, els missatges.</translation>
    </message>
    <message>
        <source>It happens without you: reviews, word of mouth, the press, other people&apos;s posts.</source>
        <translation>Passa sense vosaltres: ressenyes, boca-orella, la premsa, publicacions d&apos;altres persones.</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>El vostre negoci</translation>
    </message>
    <message>
        <source>A partner</source>
        <translation>Un soci</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>El client</translation>
    </message>
    <message>
        <source>Other people</source>
        <translation>Altres persones</translation>
    </message>
    <message>
        <source>Your business designs and runs it.</source>
        <translation>El vostre negoci el dissenya i el gestiona.</translation>
    </message>
    <message>
        <source>A partner runs it for you: the courier, the bank, a booking platform.</source>
        <translation>Un soci el gestiona per vosaltres: la missatgeria, el banc, una plataforma de reserves.</translation>
    </message>
    <message>
        <source>The customer does it on their own, such as using the product at home.</source>
        <translation>El client ho fa pel seu compte, com fer servir el producte a casa.</translation>
    </message>
    <message>
        <source>Other people: reviewers, friends and family, journalists.</source>
        <translation>Altres persones: qui escriu ressenyes, amics i família, periodistes.</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sense puntuar</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baix</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mitjà</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alt</translation>
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
        <extracomment>Cards with unresolved merge conflicts: a warning orange that reads on both palettes.</extracomment>
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
        <extracomment>Text outlines by (font key, text), at the origin: see `_text_path`.</extracomment>
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
        <extracomment>Cards drawn as conflicting after a merge (set by the team feature). How many items had their position or size changed by document edits (for tests and the benchmark: an edit must touch only what it concerns). Where Add Card puts a card when none is selected (the cell last clicked).</extracomment>
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
    <message>
        <source>Type a name; Enter for the next</source>
        <translation>Escriu un nom; Retorn per al següent</translation>
    </message>
</context>
</TS>
