<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>DeleteConfirmDialog</name>
        <message numerus="yes">
            <location filename="../../app/gui/send_dialogs.py" line="68" />
            <source>Delete %n product(s) from %1? This cannot be undone.</source>
            <translation>
                <numerusform>Delete %n product from %1? This cannot be undone.</numerusform>
                <numerusform>Delete %n products from %1? This cannot be undone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/send_dialogs.py" line="70" />
            <source>%n of them shown live or pending here.</source>
            <translation>
                <numerusform>%n of them is shown live or pending here.</numerusform>
                <numerusform>%n of them are shown live or pending here.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/send_dialogs.py" line="72" />
            <source>%n row(s) have no product id: they are looked up by SKU first.</source>
            <translation>
                <numerusform>%n row has no product id: it is looked up by SKU first.</numerusform>
                <numerusform>%n rows have no product id: they are looked up by SKU first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/send_dialogs.py" line="75" />
            <source>%n row(s) have neither a product id nor a SKU and are skipped.</source>
            <translation>
                <numerusform>%n row has neither a product id nor a SKU and is skipped.</numerusform>
                <numerusform>%n rows have neither a product id nor a SKU and are skipped.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindReplaceDialog</name>
        <message numerus="yes">
            <location filename="../../app/gui/find_replace.py" line="159" />
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
            <source>Include hidden rows (%n row(s) hidden in the workbook)</source>
            <translation>
                <numerusform>Include hidden rows (%n row hidden in the workbook)</numerusform>
                <numerusform>Include hidden rows (%n rows hidden in the workbook)</numerusform>
            </translation>
        </message>
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
            <location filename="../../app/gui/main_window.py" line="220" />
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
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
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
        <name>ProgressPanel</name>
        <message numerus="yes">
            <location filename="../../app/gui/progress_panel.py" line="101" />
            <source>%1 of %n row(s)</source>
            <translation>
                <numerusform>%1 of %n row</numerusform>
                <numerusform>%1 of %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/progress_panel.py" line="104" />
            <source>Looking up %1 of %n SKU(s)</source>
            <translation>
                <numerusform>Looking up %1 of %n SKU</numerusform>
                <numerusform>Looking up %1 of %n SKUs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/progress_panel.py" line="110" />
            <source>about %n second(s) left</source>
            <translation>
                <numerusform>about %n second left</numerusform>
                <numerusform>about %n seconds left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/progress_panel.py" line="157" />
            <source>Waiting for the store to confirm %n pending product(s)…</source>
            <translation>
                <numerusform>Waiting for the store to confirm %n pending product…</numerusform>
                <numerusform>Waiting for the store to confirm %n pending products…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message numerus="yes">
            <location filename="../../app/gui/opener.py" line="54" />
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
        <name>UploadConfirmDialog</name>
        <message numerus="yes">
            <location filename="../../app/gui/send_dialogs.py" line="40" />
            <source>Send %n product row(s) to %1?</source>
            <translation>
                <numerusform>Send %n product row to %1?</numerusform>
                <numerusform>Send %n product rows to %1?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/send_dialogs.py" line="44" />
            <source>%n row(s) skipped because of problems (fix the red cells first).</source>
            <translation>
                <numerusform>%n row skipped because of problems (fix the red cells first).</numerusform>
                <numerusform>%n rows skipped because of problems (fix the red cells first).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/gui/send_dialogs.py" line="47" />
            <source>%n row(s) already on the store, not sent again.</source>
            <translation>
                <numerusform>%n row already on the store, not sent again.</numerusform>
                <numerusform>%n rows already on the store, not sent again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkbookOpener</name>
        <message numerus="yes">
            <location filename="../../app/gui/opener.py" line="180" />
            <source>Checking %n row(s)…</source>
            <translation>
                <numerusform>Checking %n row…</numerusform>
                <numerusform>Checking %n rows…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BrandPicker</name>
        <message numerus="yes">
            <source>%n brand(s)</source>
            <translation>
                <numerusform>%n brand</numerusform>
                <numerusform>%n brands</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CategoryList</name>
        <message numerus="yes">
            <source>Category list from %n day(s) ago — offline</source>
            <translation>
                <numerusform>Category list from %n day ago — offline</numerusform>
                <numerusform>Category list from %n days ago — offline</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Category list from %n day(s) ago</source>
            <translation>
                <numerusform>Category list from %n day ago</numerusform>
                <numerusform>Category list from %n days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CategoryPicker</name>
        <message numerus="yes">
            <source>%n type(s) in the store's category list.</source>
            <translation>
                <numerusform>%n type in the store's category list.</numerusform>
                <numerusform>%n types in the store's category list.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es) — Enter picks the highlighted one.</source>
            <translation>
                <numerusform>%n match — Enter picks it.</numerusform>
                <numerusform>%n matches — Enter picks the highlighted one.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SendFlow</name>
        <message numerus="yes">
            <source>Already on the store: %n row(s) were not sent. This upload does not change products that are live; changing their price or stock will come with sync.</source>
            <translation>
                <numerusform>Already on the store: %n row was not sent. This upload does not change products that are live; changing their price or stock will come with sync.</numerusform>
                <numerusform>Already on the store: %n rows were not sent. This upload does not change products that are live; changing their price or stock will come with sync.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n selected row(s) are already deleted: there is nothing to delete.</source>
            <translation>
                <numerusform>The selected row is already deleted: there is nothing to delete.</numerusform>
                <numerusform>The %n selected rows are already deleted: there is nothing to delete.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of the selected row(s) are not on the store, so there was nothing to delete. Their status is unchanged.</source>
            <translation>
                <numerusform>%n of the selected rows is not on the store, so there was nothing to delete. Its status is unchanged.</numerusform>
                <numerusform>%n of the selected rows are not on the store, so there was nothing to delete. Their status is unchanged.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompareBar</name>
        <message numerus="yes">
            <source>%n to create</source>
            <translation>
                <numerusform>%n to create</numerusform>
                <numerusform>%n to create</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to update</source>
            <translation>
                <numerusform>%n to update</numerusform>
                <numerusform>%n to update</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n unchanged</numerusform>
                <numerusform>%n unchanged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflict</numerusform>
                <numerusform>%n conflicts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to delete</source>
            <translation>
                <numerusform>%n to delete</numerusform>
                <numerusform>%n to delete</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with problems</source>
            <translation>
                <numerusform>%n with problems</numerusform>
                <numerusform>%n with problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) edited since: compare again to see their changes</source>
            <translation>
                <numerusform>%n row edited since: compare again to see its changes</numerusform>
                <numerusform>%n rows edited since: compare again to see their changes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncConfirmDialog</name>
        <message numerus="yes">
            <source>%n product(s) to create</source>
            <translation>
                <numerusform>%n product to create</numerusform>
                <numerusform>%n products to create</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n product(s) to update (only the changed fields are sent)</source>
            <translation>
                <numerusform>%n product to update (only the changed fields are sent)</numerusform>
                <numerusform>%n products to update (only the changed fields are sent)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n product(s) to delete — this cannot be undone</source>
            <translation>
                <numerusform>%n product to delete — this cannot be undone</numerusform>
                <numerusform>%n products to delete — this cannot be undone</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) left out: choose who wins in Store → Resolve conflicts…</source>
            <translation>
                <numerusform>%n conflict left out: choose who wins in Store → Resolve conflicts…</numerusform>
                <numerusform>%n conflicts left out: choose who wins in Store → Resolve conflicts…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with problems, not sent</source>
            <translation>
                <numerusform>%n row with problems, not sent</numerusform>
                <numerusform>%n rows with problems, not sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged, nothing sent</source>
            <translation>
                <numerusform>%n unchanged, nothing sent</numerusform>
                <numerusform>%n unchanged, nothing sent</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncSender</name>
        <message numerus="yes">
            <source>Nothing to send yet: %n conflict(s) wait for your choice in Store → Resolve conflicts…</source>
            <translation>
                <numerusform>Nothing to send yet: %n conflict waits for your choice in Store → Resolve conflicts…</numerusform>
                <numerusform>Nothing to send yet: %n conflicts wait for your choice in Store → Resolve conflicts…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncMenu</name>
        <message numerus="yes">
            <source>Compared with %1: %n product(s) on the store.</source>
            <translation>
                <numerusform>Compared with %1: %n product on the store.</numerusform>
                <numerusform>Compared with %1: %n products on the store.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProductDownload</name>
        <message numerus="yes">
            <source>%n product(s) downloaded to %1.</source>
            <translation>
                <numerusform>%n product downloaded to %1.</numerusform>
                <numerusform>%n products downloaded to %1.</numerusform>
            </translation>
        </message>
    </context>
</TS>
