<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>FindReplaceDialog</name>
    <message numerus="yes">
      <location filename="../../app/gui/find_replace.py" line="158" />
      <source>%n cell(s) replaced.</source>
      <translation>
        <numerusform>%n cell replaced.</numerusform>
        <numerusform>%n cells replaced.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message numerus="yes">
      <location filename="../../app/gui/import_dialog.py" line="195" />
      <source>%1 field(s) matched · %2 column(s) not sent · %n row(s) below the header</source>
      <translation>
        <numerusform>%1 field matched · %2 column not sent · %n row below the header</numerusform>
        <numerusform>%1 fields matched · %2 columns not sent · %n rows below the header</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <location filename="../../app/gui/main_window.py" line="211" />
      <source>%n product row(s) loaded.</source>
      <translation>
        <numerusform>%n product row loaded.</numerusform>
        <numerusform>%n product rows loaded.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProblemsDock</name>
    <message numerus="yes">
      <location filename="../../app/gui/problems.py" line="135" />
      <source>Problems (%n)</source>
      <translation>
        <numerusform>Problems (%n)</numerusform>
        <numerusform>Problems (%n)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProductStatusBar</name>
    <message numerus="yes">
      <location filename="../../app/gui/statusbar.py" line="67" />
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n row</numerusform>
        <numerusform>%n rows</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/statusbar.py" line="67" />
      <source>%n ready</source>
      <translation>
        <numerusform>%n ready</numerusform>
        <numerusform>%n ready</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/statusbar.py" line="68" />
      <source>%n with problems</source>
      <translation>
        <numerusform>%n with problems</numerusform>
        <numerusform>%n with problems</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/statusbar.py" line="69" />
      <source>%n selected</source>
      <translation>
        <numerusform>%n selected</numerusform>
        <numerusform>%n selected</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/gui/statusbar.py" line="71" />
      <source>%n shown</source>
      <translation>
        <numerusform>%n shown</numerusform>
        <numerusform>%n shown</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message numerus="yes">
      <location filename="../../app/gui/opener.py" line="51" />
      <source>Your changes to %1 from %2 (%n row(s)) were kept. Restore them?</source>
      <translation>
        <numerusform>Your changes to %1 from %2 (%n row) were kept. Restore them?</numerusform>
        <numerusform>Your changes to %1 from %2 (%n rows) were kept. Restore them?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SheetPicker</name>
    <message numerus="yes">
      <location filename="../../app/gui/import_dialog.py" line="56" />
      <source>%1 (%n row(s))</source>
      <translation>
        <numerusform>%1 (%n row)</numerusform>
        <numerusform>%1 (%n rows)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WorkbookOpener</name>
    <message numerus="yes">
      <location filename="../../app/gui/opener.py" line="162" />
      <source>Checking %n row(s)…</source>
      <translation>
        <numerusform>Checking %n row…</numerusform>
        <numerusform>Checking %n rows…</numerusform>
      </translation>
    </message>
  </context>
</TS>
