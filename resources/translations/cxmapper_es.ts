<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CatalogueDock</name>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Touchpoint catalogue</source>
        <translation>Catálogo de puntos de contacto</translation>
    </message>
    <message>
        <source>Typical touchpoints grouped by phase. Press Enter or double-click to add one to the map.</source>
        <translation>Puntos de contacto habituales agrupados por fase. Pulsa Intro o haz doble clic para añadir uno al mapa.</translation>
    </message>
    <message>
        <source>Search touchpoints…</source>
        <translation>Buscar puntos de contacto…</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Buscar en el catálogo</translation>
    </message>
    <message>
        <source>Type any word: a name, a channel, a brand such as WhatsApp or Google Maps. Accents do not matter.</source>
        <translation>Escribe cualquier palabra: un nombre, un canal, una marca como WhatsApp o Google Maps. Los acentos no importan.</translation>
    </message>
    <message>
        <source>Double-click or drag a touchpoint onto the map.</source>
        <translation>Haz doble clic en un punto de contacto o arrástralo al mapa.</translation>
    </message>
    <message>
        <source>No matching touchpoints</source>
        <translation>Ningún punto de contacto coincide</translation>
    </message>
    <message>
        <source>Add the searched words as a new card</source>
        <translation>Añadir las palabras buscadas como una tarjeta nueva</translation>
    </message>
    <message>
        <source>Enter in the search field does the same</source>
        <translation>Pulsar Intro en el campo de búsqueda hace lo mismo</translation>
    </message>
    <message>
        <source>Catalogue entries</source>
        <translation>Entradas del catálogo</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>No touchpoint in the catalogue matches “{text}”. Press Enter to add it as a card of your own.</source>
        <translation>Ningún punto de contacto del catálogo coincide con «{text}». Pulsa Intro para añadirlo como una tarjeta propia.</translation>
    </message>
    <message>
        <source>Add “{text}” as a new card</source>
        <translation>Añadir «{text}» como tarjeta nueva</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>title</source>
        <extracomment>The words for the fields an edit can change, for &quot;Edit title, score&quot; (never the raw keys).</extracomment>
        <translation>título</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
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
        <translation>propiedad</translation>
    </message>
    <message>
        <source>influence</source>
        <translation>influencia</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>momento de la verdad</translation>
    </message>
    <message>
        <source>customer action</source>
        <translation>acción del cliente</translation>
    </message>
    <message>
        <source>customer goal</source>
        <translation>objetivo del cliente</translation>
    </message>
    <message>
        <source>thoughts</source>
        <translation>pensamientos</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>puntos de dolor</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>oportunidades</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>impacto</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>esfuerzo</translation>
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
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>personas</source>
        <translation>perfiles</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
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
        <translation>objetivos</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>marca</translation>
    </message>
    <message>
        <source>author</source>
        <translation>autoría</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Add a card</source>
        <extracomment>How much of a card&apos;s or stage&apos;s name a step shows: whole titles as people write them (the history view wraps), cut only when pathological (a 200-character title).</extracomment>
        <translation>Añadir una tarjeta</translation>
    </message>
    <message>
        <source>Add “%s”</source>
        <translation>Añadir «%s»</translation>
    </message>
    <message>
        <source>Delete “%s”</source>
        <translation>Eliminar «%s»</translation>
    </message>
    <message>
        <source>Move “%s”</source>
        <translation>Mover «%s»</translation>
    </message>
    <message>
        <source>Edit %s</source>
        <translation>Editar %s</translation>
    </message>
    <message>
        <source>Rename “%s”</source>
        <translation>Renombrar «%s»</translation>
    </message>
    <message>
        <source>Edit map details</source>
        <translation>Editar los detalles del mapa</translation>
    </message>
    <message>
        <source>Add stage “%s”</source>
        <translation>Añadir la etapa «%s»</translation>
    </message>
    <message>
        <source>Delete stage “%s”</source>
        <translation>Eliminar la etapa «%s»</translation>
    </message>
    <message>
        <source>Move stage “%s”</source>
        <translation>Mover la etapa «%s»</translation>
    </message>
    <message>
        <source>Add lane “%s”</source>
        <translation>Añadir el carril «%s»</translation>
    </message>
    <message>
        <source>Delete lane “%s”</source>
        <translation>Eliminar el carril «%s»</translation>
    </message>
    <message>
        <source>Move lane “%s”</source>
        <translation>Mover el carril «%s»</translation>
    </message>
    <message>
        <source>Add persona “%s”</source>
        <translation>Añadir el perfil «%s»</translation>
    </message>
    <message>
        <source>Delete persona “%s”</source>
        <translation>Eliminar el perfil «%s»</translation>
    </message>
    <message>
        <source>Resolve conflict on “%s”</source>
        <extracomment>keep my value (or, for a deletion mark, keep the object) take my colleague&apos;s value for a card one side deleted: delete it after all the mark&apos;s object is gone: just drop the mark</extracomment>
        <translation>Resolver el conflicto de «%s»</translation>
    </message>
    <message>
        <source>Merge changes from “%s”</source>
        <translation>Combinar los cambios de «%s»</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>C&amp;ompare with File…</source>
        <extracomment>The colour of &quot;different from the other file&quot;: marks and the other map&apos;s curve.</extracomment>
        <translation>Comparar con un archi&amp;vo…</translation>
    </message>
    <message>
        <source>Mark the cards that differ from another map file and draw its curve</source>
        <translation>Marca las tarjetas que difieren de otro archivo de mapa y dibuja su curva</translation>
    </message>
    <message>
        <source>End Comp&amp;arison</source>
        <translation>Terminar la c&amp;omparación</translation>
    </message>
    <message>
        <source>Duplicate as To-&amp;Be…</source>
        <translation>D&amp;uplicar como situación deseada…</translation>
    </message>
    <message>
        <source>Save a copy to redesign, and compare it with this map</source>
        <translation>Guarda una copia para rediseñarla y la compara con este mapa</translation>
    </message>
    <message>
        <source>Could Not Compare</source>
        <translation>No se ha podido comparar</translation>
    </message>
    <message>
        <source>“%s” could not be opened.</source>
        <translation>No se ha podido abrir «%s».</translation>
    </message>
    <message>
        <source>Different from %s</source>
        <translation>Diferente de %s</translation>
    </message>
    <message>
        <source>╌╌ %s (average per stage)   ◆ this map</source>
        <translation>╌╌ %s (media por etapa)   ◆ este mapa</translation>
    </message>
    <message>
        <source>%s (to-be)</source>
        <translation>%s (situación deseada)</translation>
    </message>
    <message>
        <source>Could Not Save Map</source>
        <translation>No se ha podido guardar el mapa</translation>
    </message>
    <message>
        <source>“%s” could not be written.</source>
        <translation>No se ha podido escribir «%s».</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>Merge conflicts of this card</source>
        <translation>Conflictos de combinación de esta tarjeta</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Quedarme con el mío</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Tomar el suyo</translation>
    </message>
    <message>
        <source>Delete Card</source>
        <translation>Eliminar la tarjeta</translation>
    </message>
</context>
<context>
    <name>ConflictsDock</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Merge conflicts</source>
        <translation>Conflictos de la combinación</translation>
    </message>
    <message>
        <source>Conflicts to settle</source>
        <translation>Conflictos por resolver</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Quedarme con el &amp;mío</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Tomar el &amp;suyo</translation>
    </message>
    <message>
        <source>&amp;Delete Card</source>
        <translation>&amp;Eliminar la tarjeta</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Merge This &amp;Copy</source>
        <translation>Combinar esta &amp;copia</translation>
    </message>
</context>
<context>
    <name>CopyTableFeature</name>
    <message>
        <source>Copy as Ta&amp;ble</source>
        <translation>Copiar como tab&amp;la</translation>
    </message>
    <message>
        <source>Copy the selected cards, or all of them, as a table for documents and spreadsheets</source>
        <translation>Copia las tarjetas seleccionadas, o todas, como una tabla para documentos y hojas de cálculo</translation>
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
        <translation>Título</translation>
    </message>
    <message>
        <source>Brand or business</source>
        <translation>Marca o negocio</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autoría</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What this map is for</source>
        <translation>Para qué sirve este mapa</translation>
    </message>
    <message>
        <source>Language of the map</source>
        <translation>Idioma del mapa</translation>
    </message>
    <message>
        <source>The language of the catalogue and of exported labels</source>
        <translation>El idioma del catálogo y de los textos impresos en las exportaciones</translation>
    </message>
    <message>
        <source>Map details</source>
        <translation>Detalles del mapa</translation>
    </message>
    <message>
        <source>{touchpoints} in {stages}. Select a card, a stage or a lane on the map to edit it here.</source>
        <translation>{touchpoints} en {stages}. Selecciona una tarjeta, una etapa o un carril del mapa para editarlo aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n punto de contacto</numerusform>
            <numerusform>%n puntos de contacto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n etapa</numerusform>
            <numerusform>%n etapas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Journey maps (*.cxmap);;All files (*)</source>
        <translation>Mapas del recorrido del cliente (*.cxmap);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open Journey Map</source>
        <translation>Abrir un mapa del recorrido del cliente</translation>
    </message>
    <message>
        <source>Save Journey Map</source>
        <translation>Guardar el mapa del recorrido del cliente</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “%s” before closing it?</source>
        <translation>¿Quieres guardar los cambios de «%s» antes de cerrarlo?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes since the last save will be lost.</source>
        <translation>Si no lo guardas, perderás los cambios hechos desde la última vez que lo guardaste.</translation>
    </message>
    <message>
        <source>Map Changed on Disk</source>
        <translation>El mapa ha cambiado en el disco</translation>
    </message>
    <message>
        <source>“%s” was changed by another program.</source>
        <translation>Otro programa ha modificado «%s».</translation>
    </message>
    <message>
        <source>Merge their changes into yours (disagreements are listed for you to settle), reload their version and lose your unsaved changes, or keep your version?</source>
        <translation>¿Combinar sus cambios con los tuyos (las discrepancias se listan para que las resuelvas), recargar su versión y perder tus cambios sin guardar, o quedarte con tu versión?</translation>
    </message>
    <message>
        <source>Merge their changes into the map, reload their version, or keep the version shown?</source>
        <translation>¿Combinar sus cambios con el mapa, recargar su versión o quedarte con la versión que se muestra?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Merge Their Changes Into Mine</source>
        <translation>&amp;Combinar sus cambios con los míos</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Conservar la mía</translation>
    </message>
    <message>
        <source>Overwrite Changes Made Elsewhere?</source>
        <translation>¿Sobrescribir los cambios hechos fuera?</translation>
    </message>
    <message>
        <source>“%s” was changed by another program since you opened it.</source>
        <translation>Otro programa ha modificado «%s» desde que lo abriste.</translation>
    </message>
    <message>
        <source>Saving replaces those changes with your version.</source>
        <translation>Si lo guardas, tu versión sustituirá esos cambios.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobrescribir</translation>
    </message>
    <message>
        <source>Card Colour</source>
        <translation>Color de la tarjeta</translation>
    </message>
    <message>
        <source>Export Finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <source>Exported “%s”.</source>
        <translation>Se ha exportado «%s».</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>About cxmapper</source>
        <translation>Acerca de cxmapper</translation>
    </message>
    <message>
        <source>&lt;p&gt;A desktop editor for customer-journey maps: the touchpoints where your customers meet your brand before, during and after the purchase, how each one feels, and where your team can act.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Icons CC0; fonts under the SIL Open Font Licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un editor de escritorio para mapas del recorrido del cliente: los puntos de contacto en los que tus clientes se encuentran con tu marca antes, durante y después de la compra, cómo viven cada uno y dónde puede actuar tu equipo.&lt;/p&gt;&lt;p&gt;Software libre con licencia MIT. Iconos CC0; tipografías con la SIL Open Font Licence.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Map</source>
        <extracomment>(format id, extension) in the order the format box lists them. Above this many cards the dialog shows no live preview (composing it takes over a second). Formats drawn by Qt&apos;s painter, which stays on the GUI thread. How long an export may take before its progress dialog shows.</extracomment>
        <translation>Exportar el mapa</translation>
    </message>
    <message numerus="yes">
        <source>Only the cards the filter shows (%n)</source>
        <translation>
            <numerusform>Solo las tarjetas que muestra el filtro (%n)</numerusform>
            <numerusform>Solo las tarjetas que muestra el filtro (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>PDF document (map, poster, table, cards)</source>
        <translation>Documento PDF (mapa, póster, tabla, tarjetas)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (every field)</source>
        <translation>Hoja de cálculo CSV (todos los campos)</translation>
    </message>
    <message>
        <source>Markdown table</source>
        <translation>Tabla Markdown</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dibujo SVG</translation>
    </message>
    <message>
        <source>Web page (one file, opens offline in any browser)</source>
        <translation>Página web (un solo archivo, se abre sin conexión en cualquier navegador)</translation>
    </message>
    <message>
        <source>Excel workbook (touchpoint table to fill in and import back)</source>
        <translation>Libro de Excel (tabla de puntos de contacto para rellenar y volver a importar)</translation>
    </message>
    <message>
        <source>PowerPoint slides (editable map, stages, table)</source>
        <translation>Diapositivas de PowerPoint (mapa editable, etapas, tabla)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>Fit to one page</source>
        <translation>Ajustar a una página</translation>
    </message>
    <message>
        <source>Poster of</source>
        <translation>Póster de</translation>
    </message>
    <message>
        <source>Poster at scale</source>
        <translation>Póster a escala</translation>
    </message>
    <message>
        <source>sheets</source>
        <translation>hojas</translation>
    </message>
    <message>
        <source>Number of sheets for the suggested poster</source>
        <translation>Número de hojas del póster sugerido</translation>
    </message>
    <message>
        <source>Suggest Grid</source>
        <translation>Sugerir cuadrícula</translation>
    </message>
    <message>
        <source>Choose the grid and orientation the map fills best on at most this many sheets</source>
        <translation>Elegir la cuadrícula y la orientación que el mapa llena mejor con este número de hojas como máximo</translation>
    </message>
    <message>
        <source>Best poster on</source>
        <translation>Mejor póster en</translation>
    </message>
    <message>
        <source>sheets:</source>
        <translation>hojas:</translation>
    </message>
    <message>
        <source>The map</source>
        <translation>El mapa</translation>
    </message>
    <message>
        <source>Touchpoint table</source>
        <translation>Tabla de puntos de contacto</translation>
    </message>
    <message>
        <source>Workshop cards to cut out</source>
        <translation>Tarjetas de taller para recortar</translation>
    </message>
    <message>
        <source>Summary page (figures, curve, priorities)</source>
        <translation>Página de resumen (cifras, curva, prioridades)</translation>
    </message>
    <message>
        <source>Summary page</source>
        <translation>Página de resumen</translation>
    </message>
    <message>
        <source>Map per persona</source>
        <translation>Mapa por perfil</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Todo el mapa</translation>
    </message>
    <message>
        <source>Each persona, one map after the other</source>
        <translation>Cada perfil, un mapa tras otro</translation>
    </message>
    <message>
        <source>Action plan (opportunities by priority)</source>
        <translation>Plan de acción (oportunidades por prioridad)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientación:</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Márgenes:</translation>
    </message>
    <message>
        <source>Map size</source>
        <translation>Tamaño del mapa</translation>
    </message>
    <message>
        <source>Glue overlap:</source>
        <translation>Solape para pegar:</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Persona:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
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
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>%1 × %2 portrait sheets would leave only %3 % blank: press Suggest Grid.</source>
        <translation>%1 × %2 hojas en vertical dejarían solo un %3 % en blanco: pulsa Sugerir cuadrícula.</translation>
    </message>
    <message>
        <source>%1 × %2 landscape sheets would leave only %3 % blank: press Suggest Grid.</source>
        <translation>%1 × %2 hojas en horizontal dejarían solo un %3 % en blanco: pulsa Sugerir cuadrícula.</translation>
    </message>
    <message>
        <source>The map covers %1 % of the poster; %2 % of the paper stays blank.</source>
        <translation>El mapa ocupa el %1 % del póster; el %2 % del papel queda en blanco.</translation>
    </message>
    <message>
        <source>Card titles will print at %1 pt.</source>
        <translation>Los títulos de las tarjetas se imprimirán a %1 pt.</translation>
    </message>
    <message>
        <source>Card titles will print at %1 pt, too small to read; choose %2 or a poster.</source>
        <translation>Los títulos de las tarjetas se imprimirán a %1 pt, demasiado pequeños para leerlos; elige %2 o un póster.</translation>
    </message>
    <message>
        <source>Card titles will print at %1 pt, too small to read; choose %2.</source>
        <translation>Los títulos de las tarjetas se imprimirán a %1 pt, demasiado pequeños para leerlos; elige %2.</translation>
    </message>
    <message>
        <source>Card titles will print at %1 pt, too small to read; choose a poster.</source>
        <translation>Los títulos de las tarjetas se imprimirán a %1 pt, demasiado pequeños para leerlos; elige un póster.</translation>
    </message>
    <message>
        <source>Card titles will print at %1 pt, too small to read; choose more sheets or a larger paper.</source>
        <translation>Los títulos de las tarjetas se imprimirán a %1 pt, demasiado pequeños para leerlos; elige más hojas o un papel más grande.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Elige el archivo al que exportar.</translation>
    </message>
    <message>
        <source>The margins must be less than a quarter of the sheet.</source>
        <translation>Los márgenes deben ser menores que una cuarta parte de la hoja.</translation>
    </message>
    <message>
        <source>The glue overlap must be less than half the printable width.</source>
        <translation>El solape para pegar debe ser menor que la mitad del ancho imprimible.</translation>
    </message>
    <message>
        <source>The poster scale must be between 5 % and 1000 %.</source>
        <translation>La escala del póster debe estar entre el 5 % y el 1000 %.</translation>
    </message>
    <message>
        <source>A poster has 1 to %d sheets across and down.</source>
        <translation>Un póster tiene de 1 a %d hojas de ancho y de alto.</translation>
    </message>
    <message>
        <source>Nothing to export: keep the map, or add the table or the cards.</source>
        <translation>No hay nada que exportar: deja el mapa o añade la tabla o las tarjetas.</translation>
    </message>
    <message>
        <source>Export files (*{ext});;All files (*)</source>
        <translation>Archivos de exportación (*{ext});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>No se ha podido exportar</translation>
    </message>
    <message>
        <source>No preview for tables of text.</source>
        <translation>Las tablas de texto no tienen vista previa.</translation>
    </message>
    <message numerus="yes">
        <source>No live preview for a map of %n cards: it would take seconds after every change. Export, then open the file to check it.</source>
        <translation>
            <numerusform>Sin vista previa para un mapa de %n tarjeta: tardaría segundos tras cada cambio. Exporta y abre el archivo para revisarlo.</numerusform>
            <numerusform>Sin vista previa para un mapa de %n tarjetas: tardaría segundos tras cada cambio. Exporta y abre el archivo para revisarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation>Nada que previsualizar.</translation>
    </message>
    <message>
        <source>Touchpoint table, page %1 of %2: one row per touchpoint, flowing from page to page.</source>
        <translation>Tabla de puntos de contacto, página %1 de %2: una fila por punto de contacto, de una página a la siguiente.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>Exportando «%1»…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <source>No application is set up to open “%s”.</source>
        <translation>No hay ninguna aplicación configurada para abrir «%s».</translation>
    </message>
    <message>
        <source>Print Map</source>
        <translation>Imprimir el mapa</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter bar</source>
        <extracomment>``ask_text(parent, title, label, text)``: one line of text from the user, None when cancelled.</extracomment>
        <translation>Barra de filtros</translation>
    </message>
    <message>
        <source>All my touchpoints</source>
        <extracomment>The ids of the matching cards, or None when no filter is active (every card shows).</extracomment>
        <translation>Todos mis puntos de contacto</translation>
    </message>
    <message>
        <source>Every card of the map</source>
        <translation>Todas las tarjetas del mapa</translation>
    </message>
    <message>
        <source>Unintentional</source>
        <translation>No intencionados</translation>
    </message>
    <message>
        <source>Touchpoints that happen without the brand causing them</source>
        <translation>Puntos de contacto que ocurren sin que la marca los provoque</translation>
    </message>
    <message>
        <source>My team can influence</source>
        <translation>Mi equipo puede influir</translation>
    </message>
    <message>
        <source>Touchpoints your team can act on</source>
        <translation>Puntos de contacto sobre los que tu equipo puede actuar</translation>
    </message>
    <message>
        <source>Filter ▾</source>
        <translation>Filtrar ▾</translation>
    </message>
    <message>
        <source>Filter by…</source>
        <translation>Filtrar por…</translation>
    </message>
    <message>
        <source>Filter by phase, stage, channel, score, persona, tag, owner…</source>
        <translation>Filtrar por fase, etapa, canal, puntuación, persona, etiqueta, responsable…</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Show one persona&apos;s cards and experience curve</source>
        <translation>Muestra las tarjetas y la curva de experiencia de un perfil</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Guardar vista…</translation>
    </message>
    <message>
        <source>Save the filter as a view</source>
        <translation>Guardar el filtro como una vista</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Eliminar vista</translation>
    </message>
    <message>
        <source>Delete the saved view</source>
        <translation>Eliminar la vista guardada</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Show every card again (Esc)</source>
        <translation>Volver a mostrar todas las tarjetas (Esc)</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Quitar el filtro</translation>
    </message>
    <message>
        <source>Active filter</source>
        <extracomment>For the window&apos;s status bar: the active filter in words.</extracomment>
        <translation>Filtro activo</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 card(s) shown</source>
        <translation>
            <numerusform>%n de %1 tarjetas visible</numerusform>
            <numerusform>%n de %1 tarjetas visibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: %s — %s (Esc clears)</source>
        <translation>Filtro: %s — %s (Esc lo quita)</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Todos los perfiles</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nombre de la vista:</translation>
    </message>
    <message>
        <source>My view</source>
        <translation>Mi vista</translation>
    </message>
    <message>
        <source>Save view “%s”</source>
        <translation>Guardar la vista «%s»</translation>
    </message>
    <message>
        <source>Delete view “%s”</source>
        <translation>Eliminar la vista «%s»</translation>
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
        <translation>Intencionados</translation>
    </message>
    <message>
        <source>Out of my team&apos;s reach</source>
        <translation>Fuera del alcance de mi equipo</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <source>Moments of truth</source>
        <translation>Momentos de la verdad</translation>
    </message>
    <message>
        <source>Has pain points</source>
        <translation>Con puntos de dolor</translation>
    </message>
    <message>
        <source>Has no opportunity</source>
        <translation>Sin oportunidad</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>Quitar el filtro</translation>
    </message>
    <message>
        <source>Score from</source>
        <translation>Puntuación de</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Puntuación mínima</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Puntuación máxima</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>score %s to %s</source>
        <translation>puntuación de %s a %s</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find cards</source>
        <translation>Buscar tarjetas</translation>
    </message>
    <message>
        <source>Find cards by title, notes, tags or channel…</source>
        <translation>Buscar tarjetas por título, notas, etiquetas o canal…</translation>
    </message>
    <message>
        <source>Enter goes to the next match, Shift+Enter to the previous one</source>
        <translation>Intro va a la coincidencia siguiente; Mayús+Intro, a la anterior</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>No cards match</source>
        <translation>Ninguna tarjeta coincide</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
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
        <translation>Cómo mapear los puntos de contacto</translation>
    </message>
    <message>
        <source>How to map touchpoints</source>
        <translation>Cómo mapear los puntos de contacto</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Texto de la guía</translation>
    </message>
    <message>
        <source>&lt;h2&gt;How to map touchpoints&lt;/h2&gt;&lt;p&gt;A &lt;b&gt;touchpoint&lt;/b&gt; is any moment in which a customer comes into contact with your business: seeing an advert, reading a review, walking through the door, paying, getting an invoice, calling for help. A journey map lays these moments out in the order the customer lives them, so you can see the whole experience at once instead of one department at a time.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Cómo mapear los puntos de contacto&lt;/h2&gt;&lt;p&gt;Un &lt;b&gt;punto de contacto&lt;/b&gt; es cualquier momento en el que un cliente entra en contacto con tu negocio: cuando ve un anuncio, lee una reseña, cruza la puerta, paga, recibe una factura o llama para pedir ayuda. Un mapa del recorrido del cliente ordena estos momentos tal como los vive el cliente, para que veas toda la experiencia de un vistazo y no departamento por departamento.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;1. Follow the purchase: before, during, after&lt;/h3&gt;&lt;p&gt;Start with three columns. &lt;b&gt;Before the purchase&lt;/b&gt; the customer discovers you and compares: adverts, word of mouth, search results, your website and social profiles, reviews, news and your own content. &lt;b&gt;During the purchase&lt;/b&gt; they decide and buy: the shop floor, the staff who serve them, the online basket, questions to the sales team, payment, waiting for the delivery, opening the package, asking for an exchange. &lt;b&gt;After the purchase&lt;/b&gt; the relationship continues: the invoice or service report, after-sales benefits, support, useful content, and the everyday use of what they bought. Split a column into several stages when it helps (for example &lt;i&gt;Discover&lt;/i&gt; and &lt;i&gt;Compare&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;Use the &lt;b&gt;Catalogue&lt;/b&gt; on the left: double-click a typical touchpoint to add it, then rename it to match your business. Search it with everyday words (WhatsApp, photos, invoice); when nothing matches, Enter adds what you typed as your own card.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;1. Sigue la compra: antes, durante y después&lt;/h3&gt;&lt;p&gt;Empieza con tres columnas. &lt;b&gt;Antes de la compra&lt;/b&gt;, el cliente te descubre y compara: anuncios, boca a boca, resultados de búsqueda, tu sitio web y tus perfiles en redes sociales, reseñas, noticias y tus propios contenidos. &lt;b&gt;Durante la compra&lt;/b&gt;, decide y compra: la tienda, el personal que lo atiende, el carrito de la tienda en línea, las preguntas al equipo de ventas, el pago, la espera del envío, la apertura del paquete o la petición de un cambio. &lt;b&gt;Después de la compra&lt;/b&gt;, la relación continúa: la factura o el informe del servicio, las ventajas posventa, el soporte, los contenidos útiles y el uso diario de lo que ha comprado. Divide una columna en varias etapas cuando te ayude (por ejemplo, &lt;i&gt;Descubrir&lt;/i&gt; y &lt;i&gt;Comparar&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;Usa el &lt;b&gt;Catálogo&lt;/b&gt; de la izquierda: haz doble clic en un punto de contacto habitual para añadirlo y luego cámbiale el nombre para que se ajuste a tu negocio. Búscalo con palabras de cada día (WhatsApp, fotos, factura); si nada coincide, Intro añade lo que has escrito como una tarjeta propia.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;2. Intentional or unintentional?&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Intentional&lt;/b&gt; touchpoints happen because you caused them: your adverts, your sales conversations, your customer service. &lt;b&gt;Unintentional&lt;/b&gt; ones happen without you: a friend&apos;s recommendation, a stranger&apos;s review, a news story, a post you did not write. You control the first kind directly; with the second you can only listen, respond and give people good reasons to speak well of you. Mark each card so the map shows how much of the journey is in your hands.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;2. ¿Intencional o no intencional?&lt;/h3&gt;&lt;p&gt;Los puntos de contacto &lt;b&gt;intencionales&lt;/b&gt; ocurren porque tú los provocas: tus anuncios, tus conversaciones de venta, tu atención al cliente. Los &lt;b&gt;no intencionales&lt;/b&gt; ocurren sin ti: la recomendación de un amigo, la reseña de un desconocido, una noticia, una publicación que no has escrito tú. Los primeros los controlas directamente; con los segundos solo puedes escuchar, responder y dar a la gente buenos motivos para hablar bien de ti. Marca cada tarjeta para que el mapa muestre qué parte del recorrido está en tus manos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;3. Rate each experience from &amp;minus;2 to +2&lt;/h3&gt;&lt;p&gt;Put yourself in the customer&apos;s shoes and give each touchpoint a score: &lt;b&gt;&amp;minus;2&lt;/b&gt; very bad, &lt;b&gt;&amp;minus;1&lt;/b&gt; bad, &lt;b&gt;0&lt;/b&gt; neutral, &lt;b&gt;+1&lt;/b&gt; good, &lt;b&gt;+2&lt;/b&gt; very good. Base it on evidence when you have it (complaints, reviews, surveys, what staff hear every day). The map draws the scores as an experience curve: the dips are where customers get frustrated or give up. Leave a card unrated rather than guessing.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;3. Puntúa cada experiencia de &amp;minus;2 a +2&lt;/h3&gt;&lt;p&gt;Ponte en el lugar del cliente y da una puntuación a cada punto de contacto: &lt;b&gt;&amp;minus;2&lt;/b&gt; muy mala, &lt;b&gt;&amp;minus;1&lt;/b&gt; mala, &lt;b&gt;0&lt;/b&gt; neutra, &lt;b&gt;+1&lt;/b&gt; buena, &lt;b&gt;+2&lt;/b&gt; muy buena. Básate en datos cuando los tengas (quejas, reseñas, encuestas, lo que el personal oye cada día). El mapa dibuja las puntuaciones como una curva de experiencia: los valles son los puntos donde los clientes se frustran o abandonan. Si no lo sabes, deja la tarjeta sin puntuar en lugar de adivinar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;4. Find the moments of truth&lt;/h3&gt;&lt;p&gt;Some moments weigh more than others: the instant a customer decides to buy or to leave, the first time they use the product, how a problem is handled. A bad experience there can undo everything before it. Mark these cards as &lt;b&gt;moments of truth&lt;/b&gt; and look at them first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;4. Encuentra los momentos de la verdad&lt;/h3&gt;&lt;p&gt;Algunos momentos pesan más que otros: el instante en que un cliente decide comprar o marcharse, la primera vez que usa el producto, cómo se resuelve un problema. Una mala experiencia en ese punto puede echar a perder todo lo anterior. Marca estas tarjetas como &lt;b&gt;momentos de la verdad&lt;/b&gt; y revísalas primero.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;5. Decide where the team can act&lt;/h3&gt;&lt;p&gt;For each card, note whether the team &lt;b&gt;can influence it&lt;/b&gt;, who &lt;b&gt;owns&lt;/b&gt; it and how you will &lt;b&gt;measure&lt;/b&gt; it (a KPI). Write the customer&apos;s pain points and your opportunities. Then choose a few low-scoring, high-influence moments and agree on concrete improvements: clearer information, a friendlier script, a faster refund. Keep everything consistent from one touchpoint to the next, adapt it to the customer where you can, and ask for feedback so the next version of the map is based on what customers actually say.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;5. Decide dónde puede actuar el equipo&lt;/h3&gt;&lt;p&gt;En cada tarjeta, anota si el equipo &lt;b&gt;puede influir&lt;/b&gt; en ella, quién es el &lt;b&gt;responsable&lt;/b&gt; y cómo la vais a &lt;b&gt;medir&lt;/b&gt; (un KPI). Escribe los puntos de dolor del cliente y vuestras oportunidades. Después elegid unos pocos momentos con puntuación baja y mucha capacidad de influencia, y acordad mejoras concretas: información más clara, un guion más cercano, un reembolso más rápido. Mantened la coherencia de un punto de contacto al siguiente, adaptaos al cliente siempre que podáis y pedid su opinión, para que la próxima versión del mapa se base en lo que los clientes dicen de verdad.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The card&apos;s fields, one line each&lt;/h3&gt;&lt;p&gt;The Inspector shows the questions of the exercise first; the rest is under &lt;i&gt;More details&lt;/i&gt;. Specialists&apos; terms are in brackets.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Name&lt;/b&gt;: a short name for the moment, as your customers would say it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;When&lt;/b&gt; (stage): the column of the map, before, during or after the purchase.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Row&lt;/b&gt; (lane): an optional row, for example one per type of customer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Where&lt;/b&gt; (channel): where the customer meets you: the shop, the phone, WhatsApp…&lt;/li&gt;&lt;li&gt;&lt;b&gt;Do you make it happen?&lt;/b&gt; (intentional or unintentional): did you cause it, or does it happen without you?&lt;/li&gt;&lt;li&gt;&lt;b&gt;My team can influence it&lt;/b&gt;: tick it when your team can change how it goes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;How it feels to the customer&lt;/b&gt; (experience score): from &amp;minus;2, very bad, to +2, very good.&lt;/li&gt;&lt;li&gt;&lt;b&gt;What happens&lt;/b&gt; (description): in your own words; grey text is only the catalogue&apos;s suggestion and is never printed.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Moment of truth&lt;/b&gt;: a moment that decides whether the customer buys or comes back.&lt;/li&gt;&lt;li&gt;&lt;b&gt;What the customer does&lt;/b&gt; and &lt;b&gt;What the customer thinks and feels&lt;/b&gt;: the moment seen from their side.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Pain points&lt;/b&gt;: what annoys or blocks them; &lt;b&gt;Opportunities&lt;/b&gt;: what you could do better.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Who runs it&lt;/b&gt; (ownership: brand-, partner- or customer-owned, social / external): your business, a partner such as the courier or the bank, the customer, or other people.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Person in charge&lt;/b&gt; (owner): who in the team looks after it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;How you measure it&lt;/b&gt; (KPI, key performance indicator): a number to watch, such as the average rating.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Customer types&lt;/b&gt; (personas), &lt;b&gt;Tags&lt;/b&gt;, &lt;b&gt;Notes&lt;/b&gt; and &lt;b&gt;Colour&lt;/b&gt;: to sort, filter and remember.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Los campos de una tarjeta, en una línea cada uno&lt;/h3&gt;&lt;p&gt;El Inspector muestra primero las preguntas del ejercicio; el resto está en &lt;i&gt;Más detalles&lt;/i&gt;. Los términos de los especialistas van entre paréntesis.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Nombre&lt;/b&gt;: un nombre corto para el momento, como lo diría tu clientela.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cuándo&lt;/b&gt; (etapa): la columna del mapa, antes, durante o después de la compra.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fila&lt;/b&gt; (carril): una fila opcional, por ejemplo una por tipo de cliente.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Dónde&lt;/b&gt; (canal): dónde te encuentra el cliente: la tienda, el teléfono, WhatsApp…&lt;/li&gt;&lt;li&gt;&lt;b&gt;¿Lo provocas tú?&lt;/b&gt; (intencional o no intencional): ¿lo has causado tú, u ocurre sin ti?&lt;/li&gt;&lt;li&gt;&lt;b&gt;Mi equipo puede influir en él&lt;/b&gt;: márcalo si tu equipo puede cambiar cómo va.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cómo lo vive el cliente&lt;/b&gt; (puntuación de la experiencia): de &amp;minus;2, muy mala, a +2, muy buena.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Qué ocurre&lt;/b&gt; (descripción): con tus propias palabras; el texto gris es solo la sugerencia del catálogo y nunca se imprime.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Momento de la verdad&lt;/b&gt;: un momento que decide si el cliente compra o vuelve.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Qué hace el cliente&lt;/b&gt; y &lt;b&gt;Qué piensa y siente el cliente&lt;/b&gt;: el momento visto desde su lado.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Puntos de dolor&lt;/b&gt;: qué le molesta o le frena; &lt;b&gt;Oportunidades&lt;/b&gt;: qué podrías hacer mejor.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Quién lo gestiona&lt;/b&gt; (propiedad: de la marca, de un socio, del cliente, social / externa): tu negocio, un socio como la mensajería o el banco, el cliente u otras personas.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Responsable&lt;/b&gt;: quién del equipo se ocupa de él.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cómo lo mides&lt;/b&gt; (KPI, indicador clave de rendimiento): una cifra que vigilar, como la valoración media.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tipos de cliente&lt;/b&gt; (perfiles), &lt;b&gt;Etiquetas&lt;/b&gt;, &lt;b&gt;Notas&lt;/b&gt; y &lt;b&gt;Color&lt;/b&gt;: para ordenar, filtrar y recordar.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Impact&lt;/b&gt; and &lt;b&gt;Effort&lt;/b&gt;: how much acting on the opportunities would help, and how much it would cost, from low to high; the Insight panel lists the quick wins, much help for little effort, first.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Impacto&lt;/b&gt; y &lt;b&gt;Esfuerzo&lt;/b&gt;: cuánto ayudaría actuar sobre las oportunidades y cuánto costaría, de bajo a alto; el panel Análisis muestra primero las victorias rápidas, mucha ayuda con poco esfuerzo.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Working in a workshop&lt;/h3&gt;&lt;p&gt;Paste a table from a spreadsheet (title, stage or phase, channel, description, control, score) with Edit ▸ Paste to turn a group&apos;s notes into cards in one go, and print the map or the workshop cards from File ▸ Export.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trabajar en un taller&lt;/h3&gt;&lt;p&gt;Pega una tabla de una hoja de cálculo (título, etapa o fase, canal, descripción, control, puntuación) con Editar ▸ Pegar para convertir de una vez las notas de un grupo en tarjetas, e imprime el mapa o las tarjetas de taller desde Archivo ▸ Exportar.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>not one of the choices</source>
        <extracomment>Plans with more steps than this replace the map in one step (the views rebuild once) rather than run a command per card: each card&apos;s command updates every view, and from about a hundred cards one rebuild is quicker, at any map size. A rebuilt map from this many cards on shows a &quot;Drawing&quot; dialog (it takes about a second). How long reading a sheet may take before its progress dialog shows.</extracomment>
        <translation>no es ninguna de las opciones</translation>
    </message>
    <message>
        <source>not yes or no</source>
        <translation>no es sí ni no</translation>
    </message>
    <message>
        <source>not a score from -2 to +2</source>
        <translation>no es una puntuación de -2 a +2</translation>
    </message>
    <message>
        <source>the map has no such stage</source>
        <translation>el mapa no tiene esa etapa</translation>
    </message>
    <message>
        <source>the map has no stage in that phase</source>
        <translation>el mapa no tiene ninguna etapa en esa fase</translation>
    </message>
    <message>
        <source>the map has no such lane</source>
        <translation>el mapa no tiene ese carril</translation>
    </message>
    <message>
        <source>the map has no such persona</source>
        <translation>el mapa no tiene ese perfil</translation>
    </message>
    <message>
        <source>not a valid card id</source>
        <translation>no es un id de tarjeta válido</translation>
    </message>
    <message>
        <source>the same id is on an earlier row</source>
        <translation>el mismo id está en una fila anterior</translation>
    </message>
    <message>
        <source>not a colour like #1a2b3c</source>
        <translation>no es un color como #1a2b3c</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Fila %1, %2: %3</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
</context>
<context>
    <name>ImportFeature</name>
    <message>
        <source>&amp;Import…</source>
        <translation>Imp&amp;ortar…</translation>
    </message>
    <message>
        <source>Add or update cards from an Excel or CSV touchpoint table</source>
        <translation>Añade o actualiza tarjetas desde una tabla de puntos de contacto de Excel o CSV</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Dibujando el mapa…</translation>
    </message>
    <message>
        <source>Importing Touchpoints</source>
        <translation>Importando puntos de contacto</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Leyendo «%1»…</translation>
    </message>
    <message>
        <source>Checking the rows of “%1”…</source>
        <translation>Comprobando las filas de «%1»…</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Importando «%1»…</translation>
    </message>
    <message>
        <source>Import Touchpoints</source>
        <translation>Importar puntos de contacto</translation>
    </message>
    <message>
        <source>Touchpoint tables (*.xlsx *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tablas de puntos de contacto (*.xlsx *.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>No se ha podido importar</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Vista previa de la importación</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged, %4 skipped</source>
        <translation>%1 nuevas, %2 modificadas, %3 sin cambios, %4 omitidas</translation>
    </message>
    <message>
        <source>Changes the import will make</source>
        <translation>Cambios que hará la importación</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message numerus="yes">
        <source>New cards (%n)</source>
        <translation>
            <numerusform>Tarjetas nuevas (%n)</numerusform>
            <numerusform>Tarjetas nuevas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed cards (%n)</source>
        <translation>
            <numerusform>Tarjetas modificadas (%n)</numerusform>
            <numerusform>Tarjetas modificadas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>moves to %1</source>
        <translation>pasa a %1</translation>
    </message>
    <message numerus="yes">
        <source>Rows skipped (%n)</source>
        <translation>
            <numerusform>Filas omitidas (%n)</numerusform>
            <numerusform>Filas omitidas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>InsightDock</name>
    <message>
        <source>Insight</source>
        <extracomment>Cards listed one per line under a heading; the rest are one &quot;…and N more&quot; line.</extracomment>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>What the map says: figures, priorities and gaps. Activate a line to select its cards.</source>
        <translation>Lo que dice el mapa: cifras, prioridades y huecos. Activa una línea para seleccionar sus tarjetas.</translation>
    </message>
    <message>
        <source>What the map says</source>
        <translation>Lo que dice el mapa</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation>aún sin puntuación</translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s), average score %s</source>
        <translation>
            <numerusform>%n punto de contacto, puntuación media %s</numerusform>
            <numerusform>%n puntos de contacto, puntuación media %s</numerusform>
        </translation>
    </message>
    <message>
        <source>Intentional: %s</source>
        <translation>Intencionados: %s</translation>
    </message>
    <message>
        <source>Unintentional, happen without you: %s</source>
        <translation>No intencionados, ocurren sin ti: %s</translation>
    </message>
    <message>
        <source>Your team can influence: %s</source>
        <translation>Tu equipo puede influir: %s</translation>
    </message>
    <message numerus="yes">
        <source>Act here first (%n)</source>
        <translation>
            <numerusform>Actúa aquí primero (%n)</numerusform>
            <numerusform>Actúa aquí primero (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No touchpoint scores below zero</source>
        <translation>Ningún punto de contacto puntúa por debajo de cero</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>momento de la verdad</translation>
    </message>
    <message numerus="yes">
        <source>Moments of truth that go badly (%n)</source>
        <translation>
            <numerusform>Momentos de la verdad que van mal (%n)</numerusform>
            <numerusform>Momentos de la verdad que van mal (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Experience per stage</source>
        <translation>Experiencia por etapa</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin puntuar</translation>
    </message>
    <message numerus="yes">
        <source>%s: %n card(s), average %s</source>
        <translation>
            <numerusform>%s: %n tarjeta, media %s</numerusform>
            <numerusform>%s: %n tarjetas, media %s</numerusform>
        </translation>
    </message>
    <message>
        <source>Touchpoints per phase</source>
        <translation>Puntos de contacto por fase</translation>
    </message>
    <message>
        <source>Touchpoints per channel</source>
        <translation>Puntos de contacto por canal</translation>
    </message>
    <message>
        <source>Touchpoints per lane</source>
        <translation>Puntos de contacto por carril</translation>
    </message>
    <message>
        <source>Pain points left open</source>
        <translation>Puntos de dolor pendientes</translation>
    </message>
    <message numerus="yes">
        <source>No opportunity yet (%n)</source>
        <translation>
            <numerusform>Aún sin oportunidad (%n)</numerusform>
            <numerusform>Aún sin oportunidad (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody owns them (%n)</source>
        <translation>
            <numerusform>Sin responsable (%n)</numerusform>
            <numerusform>Sin responsable (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Impact and effort (%n)</source>
        <translation>
            <numerusform>Impacto y esfuerzo (%n)</numerusform>
            <numerusform>Impacto y esfuerzo (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Aún sin valorar</translation>
    </message>
    <message>
        <source>Impact: %s, effort: %s</source>
        <translation>Impacto: %s, esfuerzo: %s</translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation>Victoria rápida</translation>
    </message>
    <message>
        <source>Empty places</source>
        <translation>Lugares vacíos</translation>
    </message>
    <message>
        <source>Stage with no card: %s</source>
        <translation>Etapa sin tarjetas: %s</translation>
    </message>
    <message>
        <source>Lane with no card: %s</source>
        <translation>Carril sin tarjetas: %s</translation>
    </message>
    <message>
        <source>Gaps worth a look</source>
        <translation>Huecos que vale la pena mirar</translation>
    </message>
    <message>
        <source>%s: no touchpoint at all</source>
        <translation>%s: ningún punto de contacto</translation>
    </message>
    <message>
        <source>%s, nothing through “%s”. For example: %s</source>
        <translation>%s, nada por «%s». Por ejemplo: %s</translation>
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
        <translation>Edita la tarjeta, la etapa o el carril seleccionados, o los detalles del mapa</translation>
    </message>
    <message>
        <source>Inspector fields</source>
        <translation>Campos del inspector</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>A lane (row of the map): a customer type, a channel group, …</source>
        <translation>Un carril (fila del mapa): un tipo de cliente, un grupo de canales…</translation>
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
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>Every change to the map; click a step to go back to it</source>
        <translation>Todos los cambios del mapa; haz clic en un paso para volver a él</translation>
    </message>
    <message>
        <source>Map as opened</source>
        <translation>Mapa tal como se abrió</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>&amp;New Map</source>
        <translation>&amp;Nuevo mapa</translation>
    </message>
    <message>
        <source>Start a blank map</source>
        <translation>Empezar un mapa en blanco</translation>
    </message>
    <message>
        <source>&amp;Blank Map</source>
        <translation>Mapa en &amp;blanco</translation>
    </message>
    <message>
        <source>&amp;Clothing Shop Example</source>
        <translation>Ejemplo de tienda de &amp;ropa</translation>
    </message>
    <message>
        <source>Beauty &amp;Salon Example</source>
        <translation>Ejemplo de &amp;salón de belleza</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a map</source>
        <translation>Abrir un mapa</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Maps</source>
        <translation>&amp;Vaciar la lista de mapas recientes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Guardar el mapa</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the map as PDF, image, spreadsheet or workshop cards</source>
        <translation>Exportar el mapa como PDF, imagen, hoja de cálculo o tarjetas de taller</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Close Map</source>
        <translation>Cerrar &amp;mapa</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Paste cards, or rows copied from a spreadsheet</source>
        <translation>Pegar tarjetas, o filas copiadas de una hoja de cálculo</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Select &amp;All Cards</source>
        <translation>&amp;Seleccionar todas las tarjetas</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar si&amp;guiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Choose the interface language</source>
        <translation>Elegir el idioma de la interfaz</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>A&amp;justar a la ventana</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catálogo</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>&amp;Historial de cambios</translation>
    </message>
    <message>
        <source>Add &amp;Card</source>
        <translation>Añadir &amp;tarjeta</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Añadir &amp;etapa</translation>
    </message>
    <message>
        <source>&amp;Rename Stage…</source>
        <translation>&amp;Renombrar etapa…</translation>
    </message>
    <message>
        <source>Move Stage R&amp;ight</source>
        <translation>Mover etapa a la derec&amp;ha</translation>
    </message>
    <message>
        <source>&amp;Delete Stage</source>
        <translation>E&amp;liminar etapa</translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation>Añadir &amp;carril</translation>
    </message>
    <message>
        <source>R&amp;ename Lane…</source>
        <translation>Re&amp;nombrar carril…</translation>
    </message>
    <message>
        <source>Move Lane &amp;Up</source>
        <translation>Mover carril &amp;arriba</translation>
    </message>
    <message>
        <source>Move Lane Do&amp;wn</source>
        <translation>Mover carril a&amp;bajo</translation>
    </message>
    <message>
        <source>Delete La&amp;ne</source>
        <translation>Eli&amp;minar carril</translation>
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
        <translation>A&amp;nálisis</translation>
    </message>
    <message>
        <source>Add a touchpoint card after the selected card, or in the cell you clicked</source>
        <translation>Añadir una tarjeta después de la tarjeta seleccionada o en la celda en la que has hecho clic</translation>
    </message>
    <message>
        <source>Move Stage Le&amp;ft</source>
        <translation>Mover etapa a la &amp;izquierda</translation>
    </message>
    <message>
        <source>Map De&amp;tails…</source>
        <translation>&amp;Detalles del mapa…</translation>
    </message>
    <message>
        <source>&amp;Personas…</source>
        <translation>&amp;Perfiles…</translation>
    </message>
    <message>
        <source>&amp;How to Map Touchpoints</source>
        <translation>&amp;Cómo mapear los puntos de contacto</translation>
    </message>
    <message>
        <source>&amp;About cxmapper</source>
        <translation>&amp;Acerca de cxmapper</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nuevo desde &amp;plantilla</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Nivel de zoom</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Could Not Open Map</source>
        <translation>No se ha podido abrir el mapa</translation>
    </message>
    <message>
        <source>“%s” could not be opened.</source>
        <translation>No se ha podido abrir «%s».</translation>
    </message>
    <message>
        <source>Could Not Save Map</source>
        <translation>No se ha podido guardar el mapa</translation>
    </message>
    <message>
        <source>“%s” is open read-only because another cxmapper has it open.</source>
        <translation>«%s» está abierto en modo de solo lectura porque otro cxmapper lo tiene abierto.</translation>
    </message>
    <message>
        <source>Save it under another name instead.</source>
        <translation>Guárdalo con otro nombre.</translation>
    </message>
    <message>
        <source>The map could not be saved as “%s”.</source>
        <translation>No se ha podido guardar el mapa como «%s».</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>Se ha guardado %s</translation>
    </message>
    <message>
        <source>The map&apos;s file was moved or deleted; save to keep it</source>
        <translation>El archivo del mapa se ha movido o eliminado; guárdalo para no perderlo</translation>
    </message>
    <message>
        <source>Kept your version; saving will ask before overwriting</source>
        <translation>Se ha conservado tu versión; al guardar se te preguntará antes de sobrescribir</translation>
    </message>
    <message>
        <source>Autosave failed: %s</source>
        <translation>No se ha podido hacer el guardado automático: %s</translation>
    </message>
    <message>
        <source>Exported %s</source>
        <translation>Se ha exportado %s</translation>
    </message>
    <message>
        <source>%s[*] — cxmapper</source>
        <translation>%s[*] — cxmapper</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n tarjeta</numerusform>
            <numerusform>%n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n etapa</numerusform>
            <numerusform>%n etapas</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom %d%%</source>
        <translation>Zoom %d %%</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n card(s)</source>
        <translation>
            <numerusform>Se ha copiado %n tarjeta</numerusform>
            <numerusform>Se han copiado %n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n card(s)</source>
        <translation>
            <numerusform>Cortar %n tarjeta</numerusform>
            <numerusform>Cortar %n tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: copy cards or spreadsheet rows first</source>
        <translation>No hay nada que pegar: copia antes tarjetas o filas de una hoja de cálculo</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>Pegar %n tarjeta</numerusform>
            <numerusform>Pegar %n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>Duplicar %n tarjeta</numerusform>
            <numerusform>Duplicar %n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Eliminar %n tarjeta</numerusform>
            <numerusform>Eliminar %n tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>Nuevo punto de contacto</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nueva etapa</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Renombrar la etapa</translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation>Nombre de la etapa:</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Eliminar la etapa</translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage “%s” and its %n card(s)?</source>
        <translation>
            <numerusform>¿Quieres eliminar la etapa «%s» y su tarjeta?</numerusform>
            <numerusform>¿Quieres eliminar la etapa «%s» y sus %n tarjetas?</numerusform>
        </translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Nuevo carril</translation>
    </message>
    <message>
        <source>Rename Lane</source>
        <translation>Renombrar el carril</translation>
    </message>
    <message>
        <source>Lane name:</source>
        <translation>Nombre del carril:</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>Eliminar el carril</translation>
    </message>
    <message numerus="yes">
        <source>Delete the lane “%s” and its %n card(s)?</source>
        <translation>
            <numerusform>¿Quieres eliminar el carril «%s» y su tarjeta?</numerusform>
            <numerusform>¿Quieres eliminar el carril «%s» y sus %n tarjetas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit in Inspector</source>
        <translation>Editar en el inspector</translation>
    </message>
    <message>
        <source>Rate Experience</source>
        <translation>Puntuar la experiencia</translation>
    </message>
    <message numerus="yes">
        <source>Rate %n card(s)</source>
        <translation>
            <numerusform>Puntuar %n tarjeta</numerusform>
            <numerusform>Puntuar %n tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored from an autosave copy: save it to keep it</source>
        <translation>Restaurado a partir de una copia de guardado automático: guárdalo para no perderlo</translation>
    </message>
</context>
<context>
    <name>MapDetailsDialog</name>
    <message>
        <source>Map Details</source>
        <translation>Detalles del mapa</translation>
    </message>
    <message>
        <source>Map details</source>
        <translation>Detalles del mapa</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Brand or business:</source>
        <translation>&amp;Marca o negocio:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autoría:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Language of the map:</source>
        <translation>&amp;Idioma del mapa:</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Journey map</source>
        <translation>Mapa del recorrido del cliente</translation>
    </message>
    <message>
        <source>Touchpoint cards in stage columns. Arrow keys select cards, Ctrl+arrow keys move the selected card (Ctrl+Up and Ctrl+Down also into the next lane), Enter renames it, Delete removes the selection. Double-click an empty part of a stage to add a card there.</source>
        <translation>Tarjetas de puntos de contacto en columnas de etapas. Las flechas seleccionan tarjetas, Ctrl+flechas mueven la tarjeta seleccionada (Ctrl+Arriba y Ctrl+Abajo también al carril siguiente), Intro le cambia el nombre y Supr elimina la selección. Haz doble clic en una parte vacía de una etapa para añadir una tarjeta allí.</translation>
    </message>
    <message>
        <source>%s. %s, %s, card %d of %d. %s. %s.</source>
        <translation>%s. %s, %s, tarjeta %d de %d. %s. %s.</translation>
    </message>
</context>
<context>
    <name>OpenProgress</name>
    <message>
        <source>Opening “%s”…</source>
        <translation>Abriendo «%s»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Opening Map</source>
        <translation>Abriendo el mapa</translation>
    </message>
    <message>
        <source>Opening map</source>
        <translation>Abriendo el mapa</translation>
    </message>
    <message>
        <source>Drawing “%s”…</source>
        <translation>Dibujando «%s»…</translation>
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
        <translation>Etapas, carriles y tarjetas del mapa. F2 cambia el nombre, Alt+Arriba y Alt+Abajo cambian el orden, Alt+Izquierda y Alt+Derecha mueven una tarjeta a la etapa vecina.</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Carril</translation>
    </message>
    <message>
        <source>(unnamed stage)</source>
        <translation>(etapa sin nombre)</translation>
    </message>
    <message numerus="yes">
        <source>Stage, {phase}, %n card(s)</source>
        <translation>
            <numerusform>Etapa, {phase}, %n tarjeta</numerusform>
            <numerusform>Etapa, {phase}, %n tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled card)</source>
        <translation>(tarjeta sin título)</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>momento de la verdad</translation>
    </message>
    <message>
        <source>Rename “%s”</source>
        <translation>Renombrar «%s»</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Mover %n tarjeta</numerusform>
            <numerusform>Mover %n tarjetas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonasDialog</name>
    <message>
        <source>Personas</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Personas of the map</source>
        <translation>Perfiles de cliente del mapa</translation>
    </message>
    <message>
        <source>&amp;Add persona</source>
        <translation>&amp;Añadir perfil</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Quién es</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Who they are:</source>
        <translation>&amp;Quién es:</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <source>Tick personas on each card in the inspector to show whom a touchpoint concerns.</source>
        <translation>Marca los perfiles de cada tarjeta en el inspector para indicar a quién afecta cada punto de contacto.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nuevo perfil</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System default (%s)</source>
        <translation>Predeterminado del sistema (%s)</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Menus, panels and the names of new maps use this language. Each map keeps its own language for its catalogue and exports (Map &gt; Map Details).</source>
        <translation>Los menús, los paneles y los nombres de los mapas nuevos usan este idioma. Cada mapa conserva su propio idioma para el catálogo y las exportaciones (Mapa &gt; Detalles del mapa).</translation>
    </message>
    <message>
        <source>The new language takes effect when you restart cxmapper.</source>
        <translation>El nuevo idioma se aplicará cuando reinicies cxmapper.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>The file is read-only.</source>
        <extracomment>Autosave while there are unsaved changes, at least this often (milliseconds). ...and this long after the last edit, so a pause in the work is always covered. File-system events come in bursts (temp file, rename, .bak); look once they settle.</extracomment>
        <translation>El archivo es de solo lectura.</translation>
    </message>
    <message>
        <source>The file is marked immutable: no program may change or replace it.</source>
        <translation>El archivo está marcado como inmutable: ningún programa puede cambiarlo ni sustituirlo.</translation>
    </message>
    <message>
        <source>The folder is read-only: no file can be saved in it.</source>
        <translation>La carpeta es de solo lectura: no se puede guardar ningún archivo en ella.</translation>
    </message>
    <message>
        <source>The folder is marked immutable: no file can be saved in it.</source>
        <translation>La carpeta está marcada como inmutable: no se puede guardar ningún archivo en ella.</translation>
    </message>
    <message>
        <source>The disk is read-only.</source>
        <translation>El disco es de solo lectura.</translation>
    </message>
    <message>
        <source>Cannot Save Here</source>
        <translation>No se puede guardar aquí</translation>
    </message>
    <message>
        <source>“%s” cannot be saved where it is.</source>
        <translation>«%s» no se puede guardar donde está.</translation>
    </message>
    <message>
        <source>Save it under another name or in another folder?</source>
        <translation>¿Quiere guardarlo con otro nombre o en otra carpeta?</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>another cxmapper (it did not say who)</source>
        <extracomment>False when the user cancelled: do not open the map. Open without allowing Save (Save As stays possible). The held lock, to release on close; None when there is none (read-only, lockless, cancel). A translated one-liner for the status bar (&quot;&quot; when all is normal).</extracomment>
        <translation>otro cxmapper (no ha dicho de quién)</translation>
    </message>
    <message>
        <source>this cxmapper, in another window</source>
        <translation>este cxmapper, en otra ventana</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>un ordenador desconocido</translation>
    </message>
    <message>
        <source>%(user)s on %(host)s, since %(time)s</source>
        <translation>%(user)s en %(host)s, desde %(time)s</translation>
    </message>
    <message>
        <source>Map Already Open</source>
        <translation>El mapa ya está abierto</translation>
    </message>
    <message>
        <source>“%s” is already open by %s.</source>
        <translation>«%s» ya lo tiene abierto %s.</translation>
    </message>
    <message>
        <source>If you both edit it, one of you will overwrite the other&apos;s changes. Open a read-only view instead?</source>
        <translation>Si lo editáis los dos, uno sobrescribirá los cambios del otro. ¿Quieres abrirlo en modo de solo lectura?</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Abrir en &amp;solo lectura</translation>
    </message>
    <message>
        <source>Open &amp;Anyway</source>
        <translation>Abrir &amp;igualmente</translation>
    </message>
    <message>
        <source>Opened without a lock: %s</source>
        <translation>Abierto sin bloqueo: %s</translation>
    </message>
    <message>
        <source>Read-only: the map is open elsewhere</source>
        <translation>Solo lectura: el mapa está abierto en otro lugar</translation>
    </message>
    <message>
        <source>The map is also open elsewhere</source>
        <translation>El mapa también está abierto en otro lugar</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nunca guardado</translation>
    </message>
    <message>
        <source>“%(title)s”, autosaved %(time)s (%(where)s)</source>
        <translation>«%(title)s», guardado automáticamente el %(time)s (%(where)s)</translation>
    </message>
    <message>
        <source>Recover Unsaved Map</source>
        <translation>Recuperar un mapa sin guardar</translation>
    </message>
    <message>
        <source>cxmapper closed unexpectedly. An autosaved copy was found:</source>
        <translation>cxmapper se cerró de forma inesperada. Se ha encontrado una copia guardada automáticamente:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Ask &amp;Later</source>
        <translation>Preguntar &amp;más tarde</translation>
    </message>
    <message>
        <source>Could Not Recover Map</source>
        <translation>No se ha podido recuperar el mapa</translation>
    </message>
    <message>
        <source>%s could not be restored: %s</source>
        <translation>No se ha podido restaurar %s: %s</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Part of the purchase</source>
        <translation>Momento de la compra</translation>
    </message>
    <message>
        <source>The phase: before, during or after the purchase</source>
        <translation>La fase: antes, durante o después de la compra</translation>
    </message>
    <message>
        <source>Customer goal</source>
        <translation>Objetivo del cliente</translation>
    </message>
    <message>
        <source>What the customer wants at this stage</source>
        <translation>Lo que quiere el cliente en esta etapa</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Puntos de dolor</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
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
        <translation>Página de inicio</translation>
    </message>
    <message>
        <source>Create a new journey map, start from an example, or open a map</source>
        <translation>Crea un mapa del recorrido del cliente, empieza a partir de un ejemplo o abre un mapa</translation>
    </message>
    <message>
        <source>cxmapper logo</source>
        <translation>Logotipo de cxmapper</translation>
    </message>
    <message>
        <source>Map every moment your customers meet your brand — before, during and after the purchase — and see where your team can make it better.</source>
        <translation>Traza cada momento en que tus clientes se encuentran con tu marca —antes, durante y después de la compra— y descubre dónde puede mejorarlo tu equipo.</translation>
    </message>
    <message>
        <source>Start a map</source>
        <translation>Empieza un mapa</translation>
    </message>
    <message>
        <source>New blank map</source>
        <translation>Mapa en blanco</translation>
    </message>
    <message>
        <source>Three stages: before, during and after the purchase</source>
        <translation>Tres etapas: antes, durante y después de la compra</translation>
    </message>
    <message>
        <source>Clothing shop</source>
        <translation>Tienda de ropa</translation>
    </message>
    <message>
        <source>An example map: a small fashion shop with an online store</source>
        <translation>Un mapa de ejemplo: una pequeña tienda de moda con tienda en línea</translation>
    </message>
    <message>
        <source>Beauty salon</source>
        <translation>Salón de belleza</translation>
    </message>
    <message>
        <source>An example map: bookings, the visit and the follow-up</source>
        <translation>Un mapa de ejemplo: reservas, la visita y el seguimiento</translation>
    </message>
    <message>
        <source>Open a map…</source>
        <translation>Abrir un mapa…</translation>
    </message>
    <message>
        <source>Continue working on a .cxmap file</source>
        <translation>Sigue trabajando en un archivo .cxmap</translation>
    </message>
    <message>
        <source>Recent maps</source>
        <translation>Mapas recientes</translation>
    </message>
    <message>
        <source>Press Enter or click to open a map</source>
        <translation>Pulsa Intro o haz clic para abrir un mapa</translation>
    </message>
    <message>
        <source>No recent maps yet. The maps you open or save will be listed here.</source>
        <translation>Todavía no hay mapas recientes. Aquí aparecerán los mapas que abras o guardes.</translation>
    </message>
    <message>
        <source>New to journey maps? Read how to map touchpoints</source>
        <translation>¿Es tu primer mapa del recorrido del cliente? Lee cómo mapear los puntos de contacto</translation>
    </message>
    <message>
        <source>How to map touchpoints</source>
        <translation>Cómo mapear los puntos de contacto</translation>
    </message>
</context>
<context>
    <name>TeamFeature</name>
    <message>
        <source>&amp;Merge Another Version…</source>
        <translation>Com&amp;binar otra versión…</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s copy of this map into it; disagreements are listed to settle</source>
        <translation>Combina la copia de este mapa de un compañero con él; las discrepancias se listan para resolverlas</translation>
    </message>
    <message>
        <source>Conf&amp;licts</source>
        <translation>C&amp;onflictos</translation>
    </message>
    <message>
        <source>Could Not Merge</source>
        <translation>No se ha podido combinar</translation>
    </message>
    <message>
        <source>“%s” could not be read.</source>
        <translation>No se ha podido leer «%s».</translation>
    </message>
    <message numerus="yes">
        <source>Merged “%1”: %n conflict(s) to settle in the Conflicts panel</source>
        <translation>
            <numerusform>Combinado «%1»: %n conflicto por resolver en el panel Conflictos</numerusform>
            <numerusform>Combinado «%1»: %n conflictos por resolver en el panel Conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged “%s” with no conflicts</source>
        <translation>Combinado «%s» sin conflictos</translation>
    </message>
    <message numerus="yes">
        <source>Your sync client left %n conflicting copy(ies) of this map: see the Conflicts panel</source>
        <translation>
            <numerusform>Tu cliente de sincronización dejó %n copia en conflicto de este mapa: mira el panel Conflictos</numerusform>
            <numerusform>Tu cliente de sincronización dejó %n copias en conflicto de este mapa: mira el panel Conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy made by your sync client: %s</source>
        <translation>Copia hecha por tu cliente de sincronización: %s</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) from a merge. Choose a value for each; the map is settled when this list is empty.</source>
        <translation>
            <numerusform>%n conflicto de una combinación. Elige un valor para cada uno; el mapa queda resuelto cuando esta lista está vacía.</numerusform>
            <numerusform>%n conflictos de una combinación. Elige un valor para cada uno; el mapa queda resuelto cuando esta lista está vacía.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: every change merged cleanly.</source>
        <translation>Sin conflictos: todos los cambios se han combinado sin problemas.</translation>
    </message>
    <message>
        <source>A conflict about something since deleted (%s)</source>
        <translation>Un conflicto sobre algo que ya se ha eliminado (%s)</translation>
    </message>
    <message>
        <source>“%1” was deleted by you but changed by your colleague</source>
        <translation>Eliminaste «%1», pero tu compañero lo cambió</translation>
    </message>
    <message>
        <source>“%1” was deleted by your colleague but changed by you</source>
        <translation>Tu compañero eliminó «%1», pero tú lo cambiaste</translation>
    </message>
    <message>
        <source>“%1”, %2 — mine: %3 · theirs: %4</source>
        <translation>«%1», %2 — el mío: %3 · el suyo: %4</translation>
    </message>
</context>
<context>
    <name>TouchpointForm</name>
    <message>
        <source>What happens at this touchpoint</source>
        <translation>Qué ocurre en este punto de contacto</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>How the customer feels at this touchpoint, from very bad (-2) to very good (+2)</source>
        <translation>Cómo se siente el cliente en este punto de contacto, de muy mal (-2) a muy bien (+2)</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Momento de la verdad</translation>
    </message>
    <message>
        <source>A moment that decides whether the customer buys or comes back</source>
        <translation>Un momento que decide si el cliente compra o vuelve</translation>
    </message>
    <message>
        <source>What the customer does</source>
        <translation>Qué hace el cliente</translation>
    </message>
    <message>
        <source>What the customer thinks and feels</source>
        <translation>Qué piensa y siente el cliente</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Puntos de dolor</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Intentional touchpoints are caused by the brand; unintentional ones happen without it</source>
        <translation>Los puntos de contacto intencionales los provoca la marca; los no intencionales ocurren sin ella</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Separadas por comas</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>A short name for the moment, e.g. “Google reviews”</source>
        <translation>Un nombre corto para el momento, p. ej. «Reseñas en Google»</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>The stage: the column of the map where this moment happens</source>
        <translation>La etapa: la columna del mapa donde ocurre este momento</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>The lane: the row of the map (a customer type, a channel group…)</source>
        <translation>El carril: la fila del mapa (un tipo de cliente, un grupo de canales…)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>The channel: where the customer meets you (the shop, the phone, WhatsApp…)</source>
        <translation>El canal: dónde te encuentra el cliente (la tienda, el teléfono, WhatsApp…)</translation>
    </message>
    <message>
        <source>Do you make it happen?</source>
        <translation>¿Lo provocas tú?</translation>
    </message>
    <message>
        <source>Intentional: you cause it. Unintentional: it happens without you, like reviews or word of mouth.</source>
        <translation>Intencional: lo provocas tú. No intencional: ocurre sin ti, como las reseñas o el boca a boca.</translation>
    </message>
    <message>
        <source>My team can influence it</source>
        <translation>Mi equipo puede influir en él</translation>
    </message>
    <message>
        <source>Tick it when your team can change how this moment goes</source>
        <translation>Márcalo si tu equipo puede cambiar cómo va este momento</translation>
    </message>
    <message>
        <source>How it feels to the customer</source>
        <translation>Cómo lo vive el cliente</translation>
    </message>
    <message>
        <source>From -2 (very bad) to +2 (very good); leave it unrated if you are not sure.</source>
        <translation>De -2 (muy mala) a +2 (muy buena); déjalo sin valorar si no estás seguro.</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>The grey text is the catalogue&apos;s suggestion; it is not printed.</source>
        <translation>El texto gris es la sugerencia del catálogo; no se imprime.</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Usarla</translation>
    </message>
    <message>
        <source>Use the catalogue&apos;s suggestion as the description</source>
        <translation>Usar la sugerencia del catálogo como descripción</translation>
    </message>
    <message>
        <source>Copy the suggestion into the description, to print it and edit it</source>
        <translation>Copia la sugerencia en la descripción, para imprimirla y editarla</translation>
    </message>
    <message>
        <source>More details</source>
        <translation>Más detalles</translation>
    </message>
    <message>
        <source>Customer&apos;s actions and thoughts, pain points, ownership, KPI, personas, tags, notes, colour</source>
        <translation>Acciones y pensamientos del cliente, puntos de dolor, propiedad, KPI, perfiles, etiquetas, notas, color</translation>
    </message>
    <message>
        <source>What annoys or blocks the customer here</source>
        <translation>Qué molesta o frena al cliente aquí</translation>
    </message>
    <message>
        <source>What you could do better here</source>
        <translation>Qué podrías hacer mejor aquí</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>How much acting on the opportunity would help</source>
        <translation>Cuánto ayudaría aprovechar la oportunidad</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <source>How much acting on the opportunity would cost</source>
        <translation>Cuánto costaría aprovechar la oportunidad</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>Tu equipo</translation>
    </message>
    <message>
        <source>Who runs it</source>
        <translation>Quién lo gestiona</translation>
    </message>
    <message>
        <source>The ownership model: brand-, partner- or customer-owned, or social / external</source>
        <translation>El modelo de propiedad: de la marca, de un socio, del cliente, o social / externo</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Who in the team looks after it</source>
        <translation>Quién del equipo se ocupa de él</translation>
    </message>
    <message>
        <source>How you measure it</source>
        <translation>Cómo lo mides</translation>
    </message>
    <message>
        <source>The KPI (key performance indicator), e.g. “average rating” or “calls answered”</source>
        <translation>El KPI (indicador clave de rendimiento), p. ej. «valoración media» o «llamadas atendidas»</translation>
    </message>
    <message>
        <source>Organise</source>
        <translation>Organizar</translation>
    </message>
    <message>
        <source>Customer types</source>
        <translation>Tipos de cliente</translation>
    </message>
    <message>
        <source>The personas (customer types) who meet this card</source>
        <translation>Los perfiles (tipos de cliente) que pasan por esta tarjeta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the card colour</source>
        <translation>Elegir el color de la tarjeta</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Use the default card colour</source>
        <translation>Usar el color predeterminado de las tarjetas</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Untitled card</source>
        <translation>Tarjeta sin título</translation>
    </message>
    <message>
        <source>{title}  ({count} cards selected)</source>
        <translation>{title}  ({count} tarjetas seleccionadas)</translation>
    </message>
    <message>
        <source>(unnamed stage)</source>
        <translation>(etapa sin nombre)</translation>
    </message>
    <message>
        <source>(unnamed persona)</source>
        <translation>(perfil sin nombre)</translation>
    </message>
    <message>
        <source>No personas yet (Map ▸ Personas…)</source>
        <translation>Todavía no hay perfiles (Mapa ▸ Perfiles…)</translation>
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
        <translation>Publicidad</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Boca a boca</translation>
    </message>
    <message>
        <source>Search engines</source>
        <translation>Buscadores</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Reviews and ratings</source>
        <translation>Reseñas y valoraciones</translation>
    </message>
    <message>
        <source>Press and news</source>
        <translation>Prensa y noticias</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenidos</translation>
    </message>
    <message>
        <source>Events and fairs</source>
        <translation>Eventos y ferias</translation>
    </message>
    <message>
        <source>Physical store</source>
        <translation>Tienda física</translation>
    </message>
    <message>
        <source>Field staff</source>
        <translation>Personal de campo</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Aplicación móvil</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Chat and messaging</source>
        <translation>Chat y mensajería</translation>
    </message>
    <message>
        <source>Sales team</source>
        <translation>Equipo de ventas</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Embalaje</translation>
    </message>
    <message>
        <source>Returns and exchanges</source>
        <translation>Devoluciones y cambios</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Customer support</source>
        <translation>Atención al cliente</translation>
    </message>
    <message>
        <source>Surveys and feedback</source>
        <translation>Encuestas y opiniones</translation>
    </message>
    <message>
        <source>Loyalty programme</source>
        <translation>Programa de fidelización</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Intentional (caused by the brand)</source>
        <translation>Intencional (lo provoca la marca)</translation>
    </message>
    <message>
        <source>Unintentional (happens without the brand)</source>
        <translation>No intencional (ocurre sin la marca)</translation>
    </message>
    <message>
        <source>Intentional</source>
        <translation>Intencional</translation>
    </message>
    <message>
        <source>Unintentional</source>
        <translation>No intencional</translation>
    </message>
    <message>
        <source>You make it happen: your adverts, your shop, your staff, your messages.</source>
        <translation>Lo provocas tú: tus anuncios, tu tienda, tu personal, tus mensajes.</translation>
    </message>
    <message>
        <source>It happens without you: reviews, word of mouth, the press, other people&apos;s posts.</source>
        <translation>Ocurre sin ti: reseñas, boca a boca, la prensa, publicaciones de otras personas.</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Tu negocio</translation>
    </message>
    <message>
        <source>A partner</source>
        <translation>Un socio</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <source>Other people</source>
        <translation>Otras personas</translation>
    </message>
    <message>
        <source>Your business designs and runs it.</source>
        <translation>Tu negocio lo diseña y lo gestiona.</translation>
    </message>
    <message>
        <source>A partner runs it for you: the courier, the bank, a booking platform.</source>
        <translation>Un socio lo gestiona por ti: la mensajería, el banco, una plataforma de reservas.</translation>
    </message>
    <message>
        <source>The customer does it on their own, such as using the product at home.</source>
        <translation>El cliente lo hace por su cuenta, como usar el producto en casa.</translation>
    </message>
    <message>
        <source>Other people: reviewers, friends and family, journalists.</source>
        <translation>Otras personas: quien escribe reseñas, amigos y familia, periodistas.</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Very bad</source>
        <translation>Muy mala</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Mala</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutra</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Muy buena</translation>
    </message>
    <message>
        <source>Before the purchase</source>
        <translation>Antes de la compra</translation>
    </message>
    <message>
        <source>During the purchase</source>
        <translation>Durante la compra</translation>
    </message>
    <message>
        <source>After the purchase</source>
        <translation>Después de la compra</translation>
    </message>
    <message>
        <source>Brand-owned</source>
        <translation>De la marca</translation>
    </message>
    <message>
        <source>Partner-owned</source>
        <translation>De un socio</translation>
    </message>
    <message>
        <source>Customer-owned</source>
        <translation>Del cliente</translation>
    </message>
    <message>
        <source>Social / external</source>
        <translation>Social / externo</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>(untitled)</source>
        <extracomment>Cards with unresolved merge conflicts: a warning orange that reads on both palettes.</extracomment>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Experience: %s</source>
        <translation>Experiencia: %s</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Momento de la verdad</translation>
    </message>
    <message>
        <source>Channel: %s</source>
        <translation>Canal: %s</translation>
    </message>
    <message>
        <source>Customer goal: %s</source>
        <extracomment>Text outlines by (font key, text), at the origin: see `_text_path`.</extracomment>
        <translation>Objetivo del cliente: %s</translation>
    </message>
    <message>
        <source>Drop touchpoints here</source>
        <translation>Suelta aquí puntos de contacto</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>How the customer feels, card by card; ◆ stage average</source>
        <translation>Cómo se siente el cliente, tarjeta a tarjeta; ◆ media de la etapa</translation>
    </message>
    <message>
        <source>Average of “%s”: %s</source>
        <translation>Media de «%s»: %s</translation>
    </message>
    <message>
        <source>Experience: how the customer feels at each touchpoint (−2 to +2)</source>
        <translation>Experiencia: cómo se siente el cliente en cada punto de contacto (de −2 a +2)</translation>
    </message>
    <message>
        <source>Lane “%s”</source>
        <extracomment>Cards drawn as conflicting after a merge (set by the team feature). How many items had their position or size changed by document edits (for tests and the benchmark: an edit must touch only what it concerns). Where Add Card puts a card when none is selected (the cell last clicked).</extracomment>
        <translation>Carril «%s»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cards</source>
        <translation>
            <numerusform>Eliminar %n tarjeta</numerusform>
            <numerusform>Eliminar %n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n cards</source>
        <extracomment>The MIME type the catalogue dock drags: the entry id as UTF-8. How long cards take to glide back after a drop nowhere (ms): long enough to see, short enough not to wait for.</extracomment>
        <translation>
            <numerusform>Mover %n tarjeta</numerusform>
            <numerusform>Mover %n tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name; Enter for the next</source>
        <translation>Escribe un nombre; Intro para el siguiente</translation>
    </message>
</context>
</TS>
