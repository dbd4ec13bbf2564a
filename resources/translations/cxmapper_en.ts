<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DetailsForm</name>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n touchpoint</numerusform>
            <numerusform>%n touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Only the cards the filter shows (%n)</source>
        <translation>
            <numerusform>Only the card the filter shows (%n)</numerusform>
            <numerusform>Only the cards the filter shows (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No live preview for a map of %n cards: it would take seconds after every change. Export, then open the file to check it.</source>
        <translation>
            <numerusform>No live preview for a map of %n card: it would take seconds after every change. Export, then open the file to check it.</numerusform>
            <numerusform>No live preview for a map of %n cards: it would take seconds after every change. Export, then open the file to check it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>%n of %1 card(s) shown</source>
        <translation>
            <numerusform>%n of %1 card shown</numerusform>
            <numerusform>%n of %1 cards shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>New cards (%n)</source>
        <translation>
            <numerusform>New card (%n)</numerusform>
            <numerusform>New cards (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed cards (%n)</source>
        <translation>
            <numerusform>Changed card (%n)</numerusform>
            <numerusform>Changed cards (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows skipped (%n)</source>
        <translation>
            <numerusform>Row skipped (%n)</numerusform>
            <numerusform>Rows skipped (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightDock</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s), average score %s</source>
        <translation>
            <numerusform>%n touchpoint, average score %s</numerusform>
            <numerusform>%n touchpoints, average score %s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Act here first (%n)</source>
        <translation>
            <numerusform>Act here first (%n)</numerusform>
            <numerusform>Act here first (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moments of truth that go badly (%n)</source>
        <translation>
            <numerusform>Moment of truth that goes badly (%n)</numerusform>
            <numerusform>Moments of truth that go badly (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%s: %n card(s), average %s</source>
        <translation>
            <numerusform>%s: %n card, average %s</numerusform>
            <numerusform>%s: %n cards, average %s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No opportunity yet (%n)</source>
        <translation>
            <numerusform>No opportunity yet (%n)</numerusform>
            <numerusform>No opportunity yet (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody owns them (%n)</source>
        <translation>
            <numerusform>Nobody owns it (%n)</numerusform>
            <numerusform>Nobody owns them (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Impact and effort (%n)</source>
        <translation>
            <numerusform>Impact and effort (%n)</numerusform>
            <numerusform>Impact and effort (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n card(s)</source>
        <translation>
            <numerusform>Copied %n card</numerusform>
            <numerusform>Copied %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n card(s)</source>
        <translation>
            <numerusform>Cut %n card</numerusform>
            <numerusform>Cut %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>Paste %n card</numerusform>
            <numerusform>Paste %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>Duplicate %n card</numerusform>
            <numerusform>Duplicate %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Delete %n card</numerusform>
            <numerusform>Delete %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage “%s” and its %n card(s)?</source>
        <translation>
            <numerusform>Delete the stage “%s” and its card?</numerusform>
            <numerusform>Delete the stage “%s” and its %n cards?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the lane “%s” and its %n card(s)?</source>
        <translation>
            <numerusform>Delete the lane “%s” and its card?</numerusform>
            <numerusform>Delete the lane “%s” and its %n cards?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate %n card(s)</source>
        <translation>
            <numerusform>Rate %n card</numerusform>
            <numerusform>Rate %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlineDock</name>
    <message numerus="yes">
        <source>Stage, {phase}, %n card(s)</source>
        <translation>
            <numerusform>Stage, {phase}, %n card</numerusform>
            <numerusform>Stage, {phase}, %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Move %n card</numerusform>
            <numerusform>Move %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamFeature</name>
    <message numerus="yes">
        <source>Merged “%1”: %n conflict(s) to settle in the Conflicts panel</source>
        <translation>
            <numerusform>Merged “%1”: %n conflict to settle in the Conflicts panel</numerusform>
            <numerusform>Merged “%1”: %n conflicts to settle in the Conflicts panel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your sync client left %n conflicting copy(ies) of this map: see the Conflicts panel</source>
        <translation>
            <numerusform>Your sync client left %n conflicting copy of this map: see the Conflicts panel</numerusform>
            <numerusform>Your sync client left %n conflicting copies of this map: see the Conflicts panel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) from a merge. Choose a value for each; the map is settled when this list is empty.</source>
        <translation>
            <numerusform>%n conflict from a merge. Choose a value for it; the map is settled when this list is empty.</numerusform>
            <numerusform>%n conflicts from a merge. Choose a value for each; the map is settled when this list is empty.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message numerus="yes">
        <source>Move %n cards</source>
        <extracomment>The MIME type the catalogue dock drags: the entry id as UTF-8. How long cards take to glide back after a drop nowhere (ms): long enough to see, short enough not to wait for.</extracomment>
        <translation>
            <numerusform>Move %n card</numerusform>
            <numerusform>Move %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cards</source>
        <translation>
            <numerusform>Delete %n card</numerusform>
            <numerusform>Delete %n cards</numerusform>
        </translation>
    </message>
</context>
</TS>
