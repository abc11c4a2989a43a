<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/ictviewer/ui/dialogs/about.py" line="+31"/>
        <location line="+35"/>
        <source>About ictviewer</source>
        <translation>О программе ictviewer</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisions</source>
        <translation>Положения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corpus folder</source>
        <translation>Папка корпуса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corpus fingerprint</source>
        <translation>Отпечаток корпуса</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search index</source>
        <translation>Поисковый индекс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files not loaded</source>
        <translation>Незагруженные файлы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An offline reference viewer for international documents on security of and in the use of ICTs.</source>
        <translation>Автономная справочная программа для международных документов по безопасности в сфере использования ИКТ и самих ИКТ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing in this program uses the network.</source>
        <translation>Ничто в этой программе не использует сеть.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/ictviewer/ui/actions.py" line="+42"/>
        <source>&amp;Open Document…</source>
        <translation>&amp;Открыть документ…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a document in the library</source>
        <translation>Выбрать документ в библиотеке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close Document</source>
        <translation>&amp;Закрыть документ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the current document</source>
        <translation>Закрыть текущий документ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen Closed &amp;Tab</source>
        <translation>Открыть закрытую &amp;вкладку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the last tab closed again</source>
        <translation>Снова открыть последнюю закрытую вкладку</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add Document…</source>
        <translation>&amp;Добавить документ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a file of your own (txt, md, html, docx, odt, pdf) after reviewing it</source>
        <translation>Импортировать собственный файл (txt, md, html, docx, odt, pdf) после проверки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit &amp;Details…</source>
        <translation>&amp;Сведения о документе…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the title, date or labels of your document</source>
        <translation>Исправить название, дату или обозначения вашего документа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove Document…</source>
        <translation>&amp;Удалить документ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected document of yours from the library</source>
        <translation>Удалить выбранный собственный документ из библиотеки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit ictviewer</source>
        <translation>Выйти из ictviewer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy with &amp;Citation</source>
        <translation>Копировать со &amp;ссылкой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the current provision or selection with its citation</source>
        <translation>Копировать текущее положение или выделенный текст со ссылкой на источник</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;mpare Documents…</source>
        <translation>С&amp;равнить документы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the current document beside another, with their shared concepts</source>
        <translation>Поставить текущий документ рядом с другим и показать общие понятия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print Pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the selection, or the current document when nothing is selected</source>
        <translation>Просмотр подборки перед печатью или текущего документа, если ничего не отобрано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the selection, or the current document</source>
        <translation>Напечатать подборку или текущий документ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selection, or the current document, as a PDF</source>
        <translation>Сохранить подборку или текущий документ в формате PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Hit to &amp;Selection</source>
        <translation>Добавить результат в &amp;подборку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the search hit under the cursor to the selection (Insert in the list)</source>
        <translation>Добавить результат поиска под курсором в подборку (Insert в списке)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add All &amp;Hits to Selection</source>
        <translation>Добавить все &amp;результаты в подборку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add every hit shown to the selection</source>
        <translation>Добавить в подборку все показанные результаты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;how on Timeline</source>
        <translation>Показать в &amp;хронологии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre the timeline on the current document</source>
        <translation>Показать текущий документ в центре хронологии</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search all documents</source>
        <translation>Поиск по всем документам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Search All Documents…</source>
        <translation>&amp;Поиск по всем документам…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find in Document…</source>
        <translation>&amp;Найти в документе…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find words in the open document (F3 / Shift+F3 then step through them)</source>
        <translation>Найти слова в открытом документе (F3 / Shift+F3 — переход по совпадениям)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the next hit</source>
        <translation>Открыть следующий результат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;Previous</source>
        <translation>Найти &amp;ранее</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the previous hit</source>
        <translation>Открыть предыдущий результат</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find P&amp;recedents…</source>
        <translation>Найти пре&amp;цеденты…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which agreed texts already hold the selected text&apos;s wording (or a pasted draft)</source>
        <translation>В каких согласованных текстах уже есть формулировки выделенного текста (или вставленного проекта)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search Panel</source>
        <translation>Панель &amp;поиска</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show or hide the search panel</source>
        <translation>Показать или скрыть панель поиска</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Library Pane</source>
        <translation>&amp;Библиотека</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show or hide the library</source>
        <translation>Показать или скрыть библиотеку</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Contents Pane</source>
        <translation>&amp;Оглавление</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show each document&apos;s contents</source>
        <translation>Показывать оглавление каждого документа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Focus on the Text</source>
        <translation>&amp;Только текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the search, the library and the docks, so the text has the whole width</source>
        <translation>Скрыть поиск, библиотеку и боковые панели, чтобы текст занял всю ширину</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ull Screen</source>
        <translation>Во весь &amp;экран</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the whole screen for the window</source>
        <translation>Развернуть окно на весь экран</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger text</source>
        <translation>Крупнее текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller text</source>
        <translation>Мельче текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text at its normal size</source>
        <translation>Текст обычного размера</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to where you were before</source>
        <translation>Вернуться туда, где вы были</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward again</source>
        <translation>Снова вперёд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go to Provision…</source>
        <translation>&amp;Перейти к положению…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump to a provision of the document by label</source>
        <translation>Перейти к положению документа по его обозначению</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next Document</source>
        <translation>Следующий документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Document</source>
        <translation>Предыдущий документ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow the &amp;System</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light or dark as the desktop is</source>
        <translation>Светлая или тёмная, как на рабочем столе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark text on a light background</source>
        <translation>Тёмный текст на светлом фоне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light text on a dark background</source>
        <translation>Светлый текст на тёмном фоне</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>As the &amp;System</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The desktop&apos;s language</source>
        <translation>Язык рабочего стола</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About ictviewer</source>
        <translation>&amp;О программе ictviewer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version and corpus</source>
        <translation>Версия и корпус документов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to search, read, compare and print; the query syntax (offline)</source>
        <translation>Как искать, читать, сравнивать и печатать; язык запросов (без сети)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>П&amp;араметры…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface language, reading font, paper, export folder, citations</source>
        <translation>Язык интерфейса, шрифт для чтения, бумага, папка для сохранения, ссылки</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Se&amp;lection</source>
        <translation>&amp;Подборка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <location filename="../../src/ictviewer/ui/compare/pane.py" line="+76"/>
        <source>&amp;Left:</source>
        <translation>&amp;Слева:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Right:</source>
        <translation>С&amp;права:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left document</source>
        <translation>Левый документ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right document</source>
        <translation>Правый документ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Left text</source>
        <translation>Левый текст</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right text</source>
        <translation>Правый текст</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>&amp;Open “{0}” in the reader</source>
        <translation>&amp;Открыть «{0}» для чтения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add “{0}” to the selection</source>
        <translation>&amp;Добавить «{0}» в подборку</translation>
    </message>
</context>
<context>
    <name>CompareToolbar</name>
    <message>
        <location filename="../../src/ictviewer/ui/compare/toolbar.py" line="+44"/>
        <source>Comparison commands</source>
        <translation>Команды сравнения</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Side by side</source>
        <translation>Рядом</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The two texts, marked up</source>
        <translation>Два текста с разметкой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concept matrix</source>
        <translation>Матрица понятий</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which document mentions which concept</source>
        <translation>Какие понятия упоминаются в каких документах</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>⇄ Swap</source>
        <translation>⇄ Поменять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the left document on the right and the right on the left</source>
        <translation>Поменять местами левый и правый документы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scroll in &amp;step</source>
        <translation>&amp;Синхронная прокрутка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When one side scrolls, show the aligned provision on the other</source>
        <translation>При прокрутке одной стороны показывать соответствующее положение на другой</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;changes</source>
        <translation>Показать &amp;изменения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Concepts</source>
        <translation>Понятия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the list of concepts beside the texts</source>
        <translation>Показать или скрыть список понятий рядом с текстами</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Focus</source>
        <translation>Только текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the search, the library and the docks: all the width for the texts (Ctrl+Shift+M; F11: full screen)</source>
        <translation>Скрыть поиск, библиотеку и боковые панели: вся ширина — текстам (Ctrl+Shift+M; F11 — во весь экран)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Word by word: what the right text deleted (struck through) and inserted (underlined); the two are versions of one text</source>
        <translation>Пословно: что в правом тексте исключено (зачёркнуто) и добавлено (подчёркнуто); это две редакции одного текста</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Word by word: what the right text deleted and inserted; {0} of {1} provisions are near-identical, so these look like versions of one text</source>
        <translation>Пословно: что в правом тексте исключено и добавлено; {0} из {1} положений почти совпадают, поэтому это, по-видимому, редакции одного текста</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not available: changes are shown for two versions of one text. No relation says these are versions, and only {0} of {1} provisions are near-identical.</source>
        <translation>Недоступно: изменения показываются для двух редакций одного текста. Связь «редакция» не указана, и почти совпадают лишь {0} из {1} положений.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../src/ictviewer/ui/compare/render.py" line="+120"/>
        <source>Same wording in {0}, {1} ({2} words)</source>
        <translation>Та же формулировка в «{0}», {1} (слов: {2})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replaced by “{0}”</source>
        <translation>Заменено на «{0}»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted in {0}</source>
        <translation>Исключено в «{0}»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replaces “{0}”</source>
        <translation>Заменяет «{0}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inserted (not in {0})</source>
        <translation>Добавлено (нет в «{0}»)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>In both texts; not coloured: only the most mentioned shared concepts are</source>
        <translation>В обоих текстах; без цвета: цветом выделяются лишь наиболее часто упоминаемые общие понятия</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only in this text (grey: only shared concepts are coloured)</source>
        <translation>Только в этом тексте (серый: цветом выделяются лишь общие понятия)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Draft: circulated for comment, not agreed language.</source>
        <translation>Проект: распространён для замечаний, не согласованные формулировки.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each provision is compared in its main language.</source>
        <translation>Каждое положение сравнивается на его основном языке.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>removed</source>
        <translation>исключено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no counterpart</source>
        <translation>нет соответствия</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>≡ {0} words same</source>
        <translation>≡ совпадающих слов: {0}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>struck through</source>
        <translation>зачёркнуто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted from {0}</source>
        <translation>исключено из «{0}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>underlined</source>
        <translation>подчёркнуто</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inserted in {0}</source>
        <translation>добавлено в «{0}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overlined grey</source>
        <translation>серая черта сверху</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same wording in both (6+ words)</source>
        <translation>одинаковая формулировка в обоих (от 6 слов)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>coloured: a concept in both texts, one colour each; grey underline: in one text (or a less mentioned shared one); small number: which concept</source>
        <translation>цвет: понятие есть в обоих текстах, у каждого свой цвет; серое подчёркивание: только в одном тексте (или реже упоминаемое общее); маленькая цифра: номер понятия</translation>
    </message>
    <message>
        <location filename="../../src/ictviewer/ui/compare/view.py" line="+125"/>
        <location line="+22"/>
        <location line="+10"/>
        <source>Comparing…</source>
        <translation>Сравнение…</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>No document “{0}” in the corpus</source>
        <translation>В корпусе нет документа «{0}»</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Comparison failed: {0}</source>
        <translation>Не удалось сравнить: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Two versions: {0} aligned provisions, {1} removed, {2} added</source>
        <translation>Две редакции: сопоставлено положений — {0}, исключено — {1}, добавлено — {2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} shared concepts · {1} | {2} one-sided · {3} shared passages</source>
        <translation>Общих понятий: {0} · только с одной стороны: {1} | {2} · общих фрагментов: {3}</translation>
    </message>
</context>
<context>
    <name>ConceptMatrixModel</name>
    <message>
        <location filename="../../src/ictviewer/ui/compare/models.py" line="+324"/>
        <source>{0}: not in {1}</source>
        <translation>{0}: нет в «{1}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} mention(s) in {2}</source>
        <translation>{0}: упоминаний в «{2}» — {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(left)</source>
        <translation>(слева)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(right)</source>
        <translation>(справа)</translation>
    </message>
</context>
<context>
    <name>DocumentTabs</name>
    <message>
        <location filename="../../src/ictviewer/ui/tabs.py" line="+74"/>
        <source>Open documents</source>
        <translation>Открытые документы</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+98"/>
        <source>No document “{0}” in the corpus</source>
        <translation>В корпусе нет документа «{0}»</translation>
    </message>
    <message>
        <location line="+65"/>
        <location filename="../../src/ictviewer/ui/tabs_session.py" line="+80"/>
        <source>{0} ↔ {1}</source>
        <translation>{0} ↔ {1}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Precedents</source>
        <translation>Прецеденты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which agreed texts already hold a draft&apos;s wording</source>
        <translation>В каких согласованных текстах уже есть формулировки проекта</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/ictviewer/ui/reader/find.py" line="+67"/>
        <location line="+1"/>
        <source>Find in this document</source>
        <translation>Найти в этом документе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case and accents are ignored. Enter or F3: next · Shift+Enter or Shift+F3: previous · Escape: close</source>
        <translation>Регистр и диакритика не учитываются. Enter или F3: следующее · Shift+Enter или Shift+F3: предыдущее · Escape: закрыть</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Matches in this document</source>
        <translation>Совпадения в этом документе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Предыдущее совпадение (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match (Enter)</source>
        <translation>Следующее совпадение (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close (Escape)</source>
        <translation>Закрыть (Escape)</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>No matches</source>
        <translation>Совпадений нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
</context>
<context>
    <name>GoToProvisionDialog</name>
    <message>
        <location filename="../../src/ictviewer/ui/dialogs/goto.py" line="+36"/>
        <source>Go to Provision — {0}</source>
        <translation>Переход к положению — {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of a label: pre 3, para. 7…</source>
        <translation>Введите часть обозначения: pre 3, para. 7…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the provisions</source>
        <translation>Отбор положений</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provisions</source>
        <translation>Положения</translation>
    </message>
</context>
<context>
    <name>HitList</name>
    <message>
        <location filename="../../src/ictviewer/ui/search/hit_list.py" line="+135"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add “{0}” to the selection</source>
        <translation>&amp;Добавить «{0}» в подборку</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;all {0} hits to the selection</source>
        <translation>Добавить в подборку &amp;все результаты ({0})</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../src/ictviewer/ui/library/importer.py" line="+95"/>
        <location line="+30"/>
        <location line="+148"/>
        <source>Add Document</source>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Documents ({0});;All files (*)</source>
        <translation>Документы ({0});;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One document at a time: finish the import under way first.</source>
        <translation>Документы добавляются по одному: сначала завершите текущий импорт.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading {0}…</source>
        <translation>Чтение {0}…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+39"/>
        <source>Cannot add the document</source>
        <translation>Не удалось добавить документ</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>This file is already in your library as “{0}”: saving replaces that document.</source>
        <translation>Этот файл уже есть в вашей библиотеке как «{0}»: при сохранении документ будет заменён.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add Document: {0}</source>
        <translation>Добавление документа: {0}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Edit Details: {0}</source>
        <translation>Сведения о документе: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How it was imported:</source>
        <translation>Как выполнен импорт:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove Document</source>
        <translation>Удаление документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{0}” from your library?</source>
        <translation>Удалить «{0}» из вашей библиотеки?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its copy in your library ({0}) is deleted; the file you imported it from is not touched.</source>
        <translation>Копия в вашей библиотеке ({0}) будет удалена; исходный файл, из которого выполнен импорт, не затрагивается.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot remove</source>
        <translation>Не удалось удалить</translation>
    </message>
</context>
<context>
    <name>ImportReview</name>
    <message>
        <location filename="../../src/ictviewer/ui/library/import_dialog.py" line="+76"/>
        <source>Review the Document</source>
        <extracomment>What the dialog calls on Save with the changed fields and the provisions; it raises ImportRefused to keep the dialog open with the message.</extracomment>
        <translation>Проверка документа</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to the day</source>
        <translation>до дня</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to the month</source>
        <translation>до месяца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the year</source>
        <translation>до года</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hort title:</source>
        <translation>&amp;Краткое название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date precision</source>
        <translation>Точность даты</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was guessed</source>
        <translation>Что определено автоматически</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provisions</source>
        <translation>Положения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Обозначение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beginning</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Text of the selected provision</source>
        <translation>Текст выбранного положения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Merge with Next</source>
        <translation>&amp;Объединить со следующим</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join this provision and the one after it</source>
        <translation>Объединить это положение со следующим</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Split at Cursor</source>
        <translation>&amp;Разделить по курсору</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cut this provision in two where the cursor is in its text</source>
        <translation>Разделить положение на два в месте курсора</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Its text (click where to split):</source>
        <translation>Текст (щёлкните в месте разделения):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>What was guessed:</source>
        <translation>Что определено автоматически:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Provisions (double-click or F2 to relabel):</source>
        <translation>Положения (двойной щелчок или F2 — изменить обозначение):</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>1 provision</source>
        <translation>1 положение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} provisions</source>
        <translation>Положений: {0}</translation>
    </message>
</context>
<context>
    <name>IndexStatus</name>
    <message>
        <location filename="../../src/ictviewer/ui/search/status.py" line="+25"/>
        <source>not ready</source>
        <translation>не готов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Index build progress</source>
        <translation>Ход построения индекса</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search index state</source>
        <translation>Состояние поискового индекса</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>building…</source>
        <translation>построение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search index: preparing…</source>
        <translation>Поисковый индекс: подготовка…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Building the search index… {0} of {1}</source>
        <translation>Построение поискового индекса… {0} из {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search ready: {0} provisions</source>
        <translation>Поиск готов: положений — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every document can be searched (Ctrl+K)</source>
        <translation>Поиск по всем документам: Ctrl+K</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>ready, in memory</source>
        <translation>готов, в памяти</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ready, {0}</source>
        <translation>готов, {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unavailable ({0})</source>
        <translation>недоступен ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search unavailable: {0}</source>
        <translation>Поиск недоступен: {0}</translation>
    </message>
</context>
<context>
    <name>LegendModel</name>
    <message>
        <location filename="../../src/ictviewer/ui/compare/models.py" line="-254"/>
        <source>Shared concepts</source>
        <translation>Общие понятия</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Only in {0}</source>
        <translation>Только в «{0}»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>left | right</source>
        <translation>слева | справа</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>{0}, number {1}, {2} mentions left, {3} right</source>
        <translation>{0}, номер {1}, упоминаний слева — {2}, справа — {3}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Underline: {0}</source>
        <translation>Подчёркивание: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grey: only the most mentioned shared concepts get a colour</source>
        <translation>Серый: цвет получают только наиболее часто упоминаемые общие понятия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grey: only in one text (colour is for shared concepts)</source>
        <translation>Серый: только в одном тексте (цвет — для общих понятий)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left: {0}</source>
        <translation>Слева: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right: {0}</source>
        <translation>Справа: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click: next occurrence on both sides · untick: hide its colour</source>
        <translation>Щелчок — следующее вхождение с обеих сторон · снять отметку — скрыть цвет</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <location filename="../../src/ictviewer/ui/compare/legend.py" line="+115"/>
        <source>Concepts</source>
        <translation>Понятия</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Concepts of the comparison</source>
        <translation>Понятия сравнения</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark &amp;shared wording</source>
        <translation>Отмечать &amp;общие формулировки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overline runs of six or more words found in both texts</source>
        <translation>Надчёркивать совпадения из шести и более слов в обоих текстах</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Showing changes: concept colours are off. Click a concept to go to its next occurrence on both sides.</source>
        <translation>Показаны изменения: цвета понятий отключены. Щёлкните понятие, чтобы перейти к следующему вхождению с обеих сторон.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click a concept to go to its next occurrence on both sides; untick it to hide its colour. Numbers: mentions on the left | right.</source>
        <translation>Щёлкните понятие, чтобы перейти к следующему вхождению с обеих сторон; снимите отметку, чтобы скрыть цвет. Числа: упоминания слева | справа.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../src/ictviewer/ui/library/model.py" line="+41"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(yours)</source>
        <translation>(ваш)</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../src/ictviewer/ui/library/panel.py" line="+45"/>
        <source>Filter by title…</source>
        <translation>Фильтр по названию…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter documents by title</source>
        <translation>Фильтровать документы по названию</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by organisation</source>
        <translation>Фильтр по организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All organisations</source>
        <translation>Все организации</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter by kind</source>
        <translation>Фильтр по виду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter by year</source>
        <translation>Фильтр по году</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>{0} of %n documents</source>
        <translation>
            <numerusform>{0} из %n документа</numerusform>
            <numerusform>{0} из %n документов</numerusform>
            <numerusform>{0} из %n документов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpare with</source>
        <translation>С&amp;равнить с</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show on &amp;timeline</source>
        <translation>Показать в &amp;хронологии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit Details…</source>
        <translation>&amp;Сведения о документе…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/ictviewer/ui/window_appearance.py" line="+28"/>
        <source>Zoom {0}%</source>
        <translation>Масштаб {0}%</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <location filename="../../src/ictviewer/ui/compare/matrix.py" line="+38"/>
        <source>Concepts by document</source>
        <translation>Понятия по документам</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Compare “{0}” with…: click a cell or a header of another document (Esc: cancel).</source>
        <translation>Сравнить «{0}» с…: щёлкните ячейку или заголовок другого документа (Esc — отмена).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mentions of each concept in each document. Click a document’s cell or header, then another document’s: the two open side by side.</source>
        <translation>Упоминания каждого понятия в каждом документе. Щёлкните ячейку или заголовок одного документа, затем другого: они откроются рядом.</translation>
    </message>
</context>
<context>
    <name>OptionsBar</name>
    <message>
        <location filename="../../src/ictviewer/ui/selection/preview.py" line="+63"/>
        <source>Paper size</source>
        <translation>Формат бумаги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size (portrait)</source>
        <translation>Формат бумаги (книжная ориентация)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language versions</source>
        <translation>Языковые версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>English: each provision in English, or in its own language when it has no English version. All languages: every language version the source has.</source>
        <translation>Английский: каждое положение на английском языке или на языке оригинала, если английской версии нет. Все языки: все языковые версии источника.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Highlight search terms</source>
        <translation>Выделять искомые слова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight the current search terms</source>
        <translation>Выделять слова текущего поиска</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Versions:</source>
        <translation>&amp;Версии:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Mark these words in the printed text: {0}</source>
        <translation>Выделить эти слова в печатном тексте: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No current search terms to highlight</source>
        <translation>Нет искомых слов для выделения</translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message>
        <location filename="../../src/ictviewer/ui/precedents/pair.py" line="+32"/>
        <source>The draft paragraph</source>
        <translation>Пункт проекта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The precedent</source>
        <translation>Прецедент</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precedent</source>
        <translation>Прецедент</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a precedent to see it beside the draft paragraph.</source>
        <translation>Выберите прецедент, чтобы увидеть его рядом с пунктом проекта.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Draft, paragraph {0}</source>
        <translation>Проект, пункт {0}</translation>
    </message>
</context>
<context>
    <name>PrecedentsView</name>
    <message>
        <location filename="../../src/ictviewer/ui/precedents/models.py" line="+39"/>
        <source>verbatim</source>
        <extracomment>The (paragraph number, precedent number) of a precedent row; a paragraph row has (n, -1).</extracomment>
        <translation>дословно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close</source>
        <translation>близко</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>related</source>
        <translation>по смыслу</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Strength</source>
        <translation>Степень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precedent</source>
        <translation>Прецедент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared</source>
        <translation>Общее</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>¶{0}  {1}</source>
        <translation>¶{0}  {1}</translation>
    </message>
    <message>
        <location filename="../../src/ictviewer/ui/precedents/render.py" line="+116"/>
        <source>orange</source>
        <translation>оранжевым</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>blue</source>
        <translation>синим</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the same wording, each run in its own tint on both sides ·</source>
        <translation>одинаковая формулировка, каждый фрагмент своим оттенком с обеих сторон ·</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the draft&apos;s wording the provision lacks ·</source>
        <translation>формулировки проекта, которых нет в положении ·</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what the provision says in its place</source>
        <translation>что говорится в положении вместо них</translation>
    </message>
    <message>
        <location filename="../../src/ictviewer/ui/precedents/view.py" line="+113"/>
        <source>Draft text</source>
        <translation>Текст проекта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste or type a draft. Each paragraph (separated by a blank line) is looked up in the library&apos;s agreed texts as you type.</source>
        <translation>Вставьте или наберите проект. Каждый пункт (пункты разделяются пустой строкой) ищется в согласованных текстах библиотеки по мере ввода.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find Precedents</source>
        <translation>&amp;Найти прецеденты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up every paragraph now (Ctrl+Return)</source>
        <translation>Искать все пункты сейчас (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparing the precedents index…</source>
        <translation>Подготовка индекса прецедентов…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Precedents of each paragraph</source>
        <translation>Прецеденты каждого пункта</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The provision&apos;s text and its citation, to paste</source>
        <translation>Текст положения со ссылкой на источник, для вставки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy with Citation</source>
        <translation>&amp;Копировать со ссылкой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the provision to the selection to print</source>
        <translation>Добавить положение в подборку для печати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to Selection</source>
        <translation>&amp;Добавить в подборку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the provision in its document</source>
        <translation>Показать положение в документе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in Reader</source>
        <translation>&amp;Открыть в документе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Report</source>
        <translation>&amp;Отчёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every paragraph with its precedents and citations</source>
        <translation>Все пункты с прецедентами и ссылками</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print Pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Paste or type a draft paragraph to see its precedents.</source>
        <translation>Вставьте или наберите пункт проекта, чтобы увидеть его прецеденты.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ready: {0} provisions and language versions indexed.</source>
        <translation>Готово: проиндексировано положений и языковых версий — {0}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} paragraph(s), {1} with agreed or close language · {2} ms</source>
        <translation>Пунктов: {0}, из них с согласованными или близкими формулировками: {1} · {2} мс</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No precedents: the index could not be built ({0})</source>
        <translation>Прецеденты недоступны: не удалось построить индекс ({0})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The search failed: {0}</source>
        <translation>Поиск не удался: {0}</translation>
    </message>
    <message>
        <location filename="../../src/ictviewer/ui/precedents/commands.py" line="+40"/>
        <source>Copied with citation: {0}</source>
        <translation>Скопировано со ссылкой: {0}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing to print: look up a draft first</source>
        <translation>Нечего печатать: сначала выполните поиск по проекту</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to export: look up a draft first</source>
        <translation>Нечего экспортировать: сначала выполните поиск по проекту</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/ictviewer/ui/dialogs/preferences.py" line="+77"/>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The window is rebuilt in the new language; open documents stay open.</source>
        <translation>Окно будет построено заново на новом языке; открытые документы останутся открытыми.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reader</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Default font</source>
        <translation>Шрифт по &amp;умолчанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundled reading face (a serif with Cyrillic)</source>
        <translation>Встроенный шрифт для чтения (с засечками, с кириллицей)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Font:</source>
        <translation>&amp;Шрифт:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default ({0} pt)</source>
        <translation>По умолчанию ({0} пт)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text size at 100% zoom (Ctrl++ and Ctrl+- zoom)</source>
        <translation>Размер текста при масштабе 100% (Ctrl++ и Ctrl+- меняют масштаб)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>&amp;Размер:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sample of the reading font</source>
        <translation>Образец шрифта для чтения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample:</source>
        <translation>Образец:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printing and export</source>
        <translation>Печать и экспорт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the region uses ({0})</source>
        <translation>Как принято в регионе ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paper size:</source>
        <translation>Размер &amp;бумаги:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Empty: the Documents folder ({0})</source>
        <translation>Пусто: папка «Документы» ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eset</source>
        <translation>Сброс&amp;ить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to the Documents folder</source>
        <translation>Сохранять в папку «Документы»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport folder:</source>
        <translation>&amp;Папка для сохранения:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Citations</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document&apos;s own language</source>
        <translation>Язык самого документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cite &amp;in:</source>
        <translation>Язык &amp;ссылок:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brief: short title, place, date</source>
        <translation>Краткая: краткое название, место, дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full: full title, place, date</source>
        <translation>Полная: полное название, место, дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;orm:</source>
        <translation>&amp;Форма:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Example of Copy with citation</source>
        <translation>Пример копирования со ссылкой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example:</source>
        <translation>Пример:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Export Folder</source>
        <translation>Папка для сохранения</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No such folder: save dialogs will start in Documents.</source>
        <translation>Такой папки нет: окна сохранения откроются в папке «Документы».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(No document to cite.)</source>
        <translation>(Нет документа для примера.)</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../src/ictviewer/ui/selection/preview.py" line="+23"/>
        <source>Print Preview — {0}</source>
        <translation>Предварительный просмотр — {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pack options</source>
        <translation>Параметры подборки</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Print preview failed: {0}</source>
        <translation>Не удалось выполнить предварительный просмотр: {0}</translation>
    </message>
</context>
<context>
    <name>PrintService</name>
    <message>
        <location filename="../../src/ictviewer/ui/selection/print.py" line="+65"/>
        <source>Export cancelled; no file was written</source>
        <translation>Экспорт отменён; файл не записан</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Nothing to print: the selection is empty</source>
        <translation>Нечего печатать: подборка пуста</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to print: no selected provision is in the corpus any more</source>
        <translation>Нечего печатать: ни одного отобранного положения больше нет в корпусе</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Print {0}</source>
        <translation>Печать: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the PDF…</source>
        <translation>Запись PDF…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please wait: printing is still under way</source>
        <translation>Подождите: печать ещё идёт</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ictviewer</source>
        <translation>ictviewer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Page {0} of {1}…</source>
        <translation>Страница {0} из {1}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved {0} to {1}</source>
        <translation>Сохранено: {0}, файл {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent {0} to the printer</source>
        <translation>Отправлено на печать: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printing failed: {0}</source>
        <translation>Ошибка печати: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing failed</source>
        <translation>Ошибка печати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack could not be printed or saved.</source>
        <translation>Не удалось напечатать или сохранить подборку.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../src/ictviewer/ui/reader/html.py" line="+104"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About the date</source>
        <translation>О дате</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signatories</source>
        <translation>Подписавшие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Draft: this text was circulated for comment and is not agreed language.</source>
        <translation>Проект: текст распространён для замечаний и не является согласованными формулировками.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Corrected</source>
        <translation>Исправлено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed as not part of the document:</source>
        <translation>Удалено как не относящееся к документу:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Provenance</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>(no {0} version)</source>
        <translation>(нет версии на языке: {0})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove from the selection</source>
        <translation>Удалить из подборки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to the selection to print</source>
        <translation>Добавить в подборку для печати</translation>
    </message>
</context>
<context>
    <name>ReaderBar</name>
    <message>
        <location filename="../../src/ictviewer/ui/reader/bar.py" line="+48"/>
        <source>Language versions</source>
        <translation>Языковые версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the language versions side by side or one</source>
        <translation>Показывать языковые версии рядом или одну</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Side by side</source>
        <translation>Рядом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Document commands</source>
        <translation>Команды документа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy with citation</source>
        <translation>Копировать со ссылкой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the current provision (or the selection) with its citation ({0})</source>
        <translation>Копировать текущее положение (или выделенный текст) со ссылкой на источник ({0})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare with</source>
        <translation>Сравнить с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put this document beside another one, with their shared concepts</source>
        <translation>Поставить этот документ рядом с другим и показать общие понятия</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On timeline</source>
        <translation>В хронологии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this document on the timeline (Ctrl+Shift+L)</source>
        <translation>Показать этот документ в хронологии (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focus</source>
        <translation>Только текст</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide the search, the library and the docks: all the width for the text (Ctrl+Shift+M; F11: full screen)</source>
        <translation>Скрыть поиск, библиотеку и боковые панели: вся ширина — тексту (Ctrl+Shift+M; F11 — во весь экран)</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../src/ictviewer/ui/reader/menus.py" line="+72"/>
        <source>Deselect all in “{0}”</source>
        <translation>Снять все отметки в «{0}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select all in “{0}”</source>
        <translation>Отметить всё в «{0}»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove “{0}” from the selection</source>
        <translation>Удалить «{0}» из подборки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add “{0}” to the selection</source>
        <translation>Добавить «{0}» в подборку</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Co&amp;mpare with</source>
        <translation>С&amp;равнить с</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show on &amp;timeline</source>
        <translation>Показать в &amp;хронологии</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Find &amp;precedents of the selection</source>
        <translation>Найти &amp;прецеденты выделенного текста</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy “{0}” with citation</source>
        <translation>Копировать «{0}» со ссылкой</translation>
    </message>
    <message>
        <location filename="../../src/ictviewer/ui/reader/view.py" line="+99"/>
        <source>Text of {0}</source>
        <translation>Текст: {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Contents of {0}</source>
        <translation>Оглавление: {0}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Document information</source>
        <translation>Сведения о документе</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Copied with citation: {0}</source>
        <translation>Скопировано со ссылкой: {0}</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <location filename="../../src/ictviewer/ui/precedents/printing.py" line="+39"/>
        <source>The report was not written: {0}</source>
        <translation>Отчёт не записан: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print Preview: {0}</source>
        <translation>Предварительный просмотр: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please wait: the report is still being written</source>
        <translation>Подождите: отчёт ещё записывается</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the report…</source>
        <translation>Запись отчёта…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export Precedents Report</source>
        <translation>Экспорт отчёта о прецедентах</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved the report ({0}) to {1}</source>
        <translation>Отчёт ({0}) сохранён в {1}</translation>
    </message>
</context>
<context>
    <name>ResultSummary</name>
    <message>
        <location filename="../../src/ictviewer/ui/search/summary.py" line="+34"/>
        <source>Number of hits</source>
        <translation>Число результатов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Query details</source>
        <translation>Разбор запроса</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show how the query was understood</source>
        <translation>Показать, как понят запрос</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Concepts</source>
        <translation>Понятия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search concepts across languages</source>
        <translation>Искать понятия на всех языках</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A query that names a concept also finds the provisions expressing it in other languages and words (цифровой разрыв → digital divide); the expansion is listed in the query details</source>
        <translation>Запрос, называющий понятие, находит и положения, выражающие его на других языках и другими словами (цифровой разрыв → digital divide); расширение запроса показано в его разборе</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Did you mean</source>
        <translation>Возможно, вы имели в виду</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Did you mean {0}?</source>
        <translation>Возможно, вы имели в виду {0}?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parsed as:</source>
        <translation>Разбор запроса:</translation>
    </message>
</context>
<context>
    <name>SearchFilters</name>
    <message>
        <location filename="../../src/ictviewer/ui/search/filters.py" line="+30"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any organisation</source>
        <translation>Любая организация</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any document</source>
        <translation>Любой документ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dated from</source>
        <translation>Дата с</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from date</source>
        <translation>с даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dated up to</source>
        <translation>Дата по</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to date</source>
        <translation>по дату</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>from {0}</source>
        <translation>с {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to {0}</source>
        <translation>по {0}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{0}: a year (2022), a month (2022-10) or a day (2022-10-13)</source>
        <translation>{0}: год (2022), месяц (2022-10) или день (2022-10-13)</translation>
    </message>
</context>
<context>
    <name>SearchNotices</name>
    <message>
        <location filename="../../src/ictviewer/ui/search/notices.py" line="+24"/>
        <source>The query could not be read as written ({0}); searched its words.</source>
        <translation>Запрос не удалось прочитать так, как он записан ({0}); искались его слова.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Index updated: the corpus changed ({0} re-indexed).</source>
        <translation>Индекс обновлён: корпус изменился (заново проиндексировано: {0}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>control characters</source>
        <translation>управляющие символы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>query too long</source>
        <translation>слишком длинный запрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unbalanced quote</source>
        <translation>незакрытая кавычка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty filter {0}</source>
        <translation>пустой фильтр {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unbalanced brackets</source>
        <translation>непарные скобки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>syntax</source>
        <translation>синтаксис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} without a term before it</source>
        <translation>{0} без слова перед ним</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OR without a term after it</source>
        <translation>OR без слова после него</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AND without a term after it</source>
        <translation>AND без слова после него</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT without a term after it</source>
        <translation>NOT без слова после него</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty brackets</source>
        <translation>пустые скобки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a * needs letters before it</source>
        <translation>перед * нужны буквы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a * may only end a word of two letters or more</source>
        <translation>* может стоять только в конце слова из двух и более букв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many terms</source>
        <translation>слишком много слов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nested too deeply</source>
        <translation>слишком глубокая вложенность</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Index rebuilt: the corpus changed.</source>
        <translation>Индекс построен заново: корпус изменился.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index rebuilt: the concept lexicon changed.</source>
        <translation>Индекс построен заново: изменился словарь понятий.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Index rebuilt for this version of ictviewer (its search changed).</source>
        <translation>Индекс построен заново для этой версии ictviewer (изменился поиск).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search index was damaged and has been rebuilt.</source>
        <translation>Поисковый индекс был повреждён и построен заново.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot keep the index on disk: {0}; using an in-memory index (search works, but the index is rebuilt at every start).</source>
        <translation>Не удаётся хранить индекс на диске: {0}; индекс держится в памяти (поиск работает, но индекс строится заново при каждом запуске).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The index in {0} could not be read back; using an in-memory index.</source>
        <translation>Индекс в {0} не удалось прочитать; индекс держится в памяти.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk holding {0} is full (free some space)</source>
        <translation>диск, на котором находится {0}, заполнен (освободите место)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file-size limit stopped the index being written in {0} (see `ulimit -f`)</source>
        <translation>ограничение размера файла не дало записать индекс в {0} (см. `ulimit -f`)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is a file, not a folder (remove or rename it)</source>
        <translation>{0} — файл, а не папка (удалите или переименуйте его)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is on a read-only file system</source>
        <translation>{0} находится на файловой системе только для чтения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cache folder {0} is not writable ({1})</source>
        <translation>в папку кэша {0} нельзя записывать ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} belongs to another user; set ICTVIEWER_CACHE to a folder of your own</source>
        <translation>{0} принадлежит другому пользователю; укажите в ICTVIEWER_CACHE свою папку</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/ictviewer/ui/search/panel.py" line="+68"/>
        <source>Search all documents (Ctrl+K)</source>
        <translation>Поиск по всем документам (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words must all match. Use &quot;exact phrases&quot;, OR, NOT, prefix*, and org:, doc:, lang:, year: inside the query.</source>
        <translation>Должны совпасть все слова. В запросе можно использовать &quot;точные фразы&quot;, OR, NOT, префикс*, а также org:, doc:, lang:, year:.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show more hits</source>
        <translation>Показать ещё результаты</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Preparing the search index…</source>
        <translation>Подготовка поискового индекса…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search is unavailable: {0}</source>
        <translation>Поиск недоступен: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing matches within {0}.

Set the filters back to “Any” to search every document, language and date.</source>
        <translation>В пределах {0} ничего не найдено.

Верните фильтрам значение «Любой», чтобы искать во всех документах, языках и датах.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing matches. Try fewer words, a prefix* or OR.</source>
        <translation>Ничего не найдено. Попробуйте меньше слов, префикс* или OR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No hits within {0}</source>
        <translation>Нет результатов в пределах {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No hits</source>
        <translation>Нет результатов</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hits, showing the best {0}</source>
        <translation>
            <numerusform>%n результат, показаны лучшие {0}</numerusform>
            <numerusform>%n результата, показаны лучшие {0}</numerusform>
            <numerusform>%n результатов, показаны лучшие {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show {0} more of {1}</source>
        <translation>Показать ещё {0} из {1}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>hit {0} of {1}</source>
        <translation>результат {0} из {1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type to search every document and language</source>
        <translation>Введите запрос для поиска по всем документам и языкам</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type words to find them in every document and language.

&quot;exact phrase&quot;   ·   word OR word   ·   NOT word   ·   prefix*
org:CSTO   ·   lang:ru   ·   year:2022

Enter opens the first hit; F3 and Shift+F3 move through the hits.</source>
        <translation>Введите слова, чтобы найти их во всех документах и на всех языках.

&quot;точная фраза&quot;   ·   слово OR слово   ·   NOT слово   ·   префикс*
org:CSTO   ·   lang:ru   ·   year:2022

Enter открывает первый результат; F3 и Shift+F3 — переход по результатам.</translation>
    </message>
</context>
<context>
    <name>SelectionController</name>
    <message>
        <location filename="../../src/ictviewer/ui/selection/controller.py" line="+212"/>
        <source>The saved selection in {0} could not be read ({1}) nor moved aside; changes to the selection will not be saved in this session.</source>
        <translation>Сохранённую подборку в {0} не удалось ни прочитать ({1}), ни переместить; изменения подборки в этом сеансе не будут сохранены.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved selection could not be read ({0}). It was kept as {1}; a new, empty selection was started.</source>
        <translation>Сохранённую подборку не удалось прочитать ({0}). Она сохранена как {1}; начата новая, пустая подборка.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The saved selection in {0} could not be read ({1}); changes to the selection will not be saved in this session.</source>
        <translation>Сохранённую подборку в {0} не удалось прочитать ({1}); изменения подборки в этом сеансе не будут сохранены.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The selection could not be saved to {0}: {1}</source>
        <translation>Не удалось сохранить подборку в {0}: {1}</translation>
    </message>
</context>
<context>
    <name>SelectionDock</name>
    <message>
        <location filename="../../src/ictviewer/ui/selection/dock.py" line="+47"/>
        <source>Selection</source>
        <translation>Подборка</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Se&amp;lection Panel</source>
        <translation>Панель &amp;подборки</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Added {0} to the selection</source>
        <translation>{0}: добавлено в подборку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is in the selection already</source>
        <translation>{0}: уже в подборке</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added {0} of {1} provisions to the selection</source>
        <translation>В подборку добавлено положений: {0} из {1}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nothing to print: tick provisions, or open a document</source>
        <translation>Нечего печатать: отметьте положения или откройте документ</translation>
    </message>
</context>
<context>
    <name>SelectionFiles</name>
    <message>
        <location filename="../../src/ictviewer/ui/selection/files.py" line="+25"/>
        <location line="+13"/>
        <source>Save Selection</source>
        <translation>Сохранение подборки</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+33"/>
        <source>ictviewer selection (*.json)</source>
        <translation>Подборка ictviewer (*.json)</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The selection could not be saved to {0}:
{1}</source>
        <translation>Не удалось сохранить подборку в {0}:
{1}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+11"/>
        <location line="+24"/>
        <source>Load Selection</source>
        <translation>Загрузка подборки</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Replace the current selection, or add the file&apos;s provisions to it?</source>
        <translation>Заменить текущую подборку или добавить в неё положения из файла?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} is not a selection ictviewer can read:
{1}</source>
        <translation>{0} не является подборкой, которую может прочитать ictviewer:
{1}</translation>
    </message>
</context>
<context>
    <name>SelectionModel</name>
    <message>
        <location filename="../../src/ictviewer/ui/selection/model.py" line="+169"/>
        <source>“{0}” is no longer in the corpus</source>
        <translation>«{0}» больше нет в корпусе</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}, 1 provision</source>
        <translation>{0}, 1 положение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0}, {1} provisions</source>
        <translation>{0}, положений: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>no longer in the corpus</source>
        <translation>больше нет в корпусе</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No longer in the corpus: {0}</source>
        <translation>Больше нет в корпусе: {0}</translation>
    </message>
</context>
<context>
    <name>SelectionPanel</name>
    <message>
        <location filename="../../src/ictviewer/ui/selection/panel.py" line="+51"/>
        <source>Number of selected provisions</source>
        <translation>Число отобранных положений</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>Скрыть сообщение</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>Selected provisions</source>
        <translation>Отобранные положения</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Nothing selected yet.
Tick provisions in a document, or add them from the search results; they are kept here, in order, for printing.</source>
        <translation>Пока ничего не отобрано.
Отметьте положения в документе или добавьте их из результатов поиска; они хранятся здесь по порядку для печати.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Title of the printed pack</source>
        <translation>Заголовок печатной подборки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title printed at the top of the pack</source>
        <translation>Заголовок, печатаемый в начале подборки</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../src/ictviewer/ui/selection/commands.py" line="+31"/>
        <source>Print Pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the printed pack</source>
        <translation>Предварительный просмотр подборки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the selected provisions</source>
        <translation>Напечатать отобранные положения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected provisions as a PDF</source>
        <translation>Сохранить отобранные положения в формате PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save Selection…</source>
        <translation>&amp;Сохранить подборку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selection to a file you can share</source>
        <translation>Сохранить подборку в файл, которым можно поделиться</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Load Selection…</source>
        <translation>&amp;Загрузить подборку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a selection from a file</source>
        <translation>Загрузить подборку из файла</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear Selection</source>
        <translation>&amp;Очистить подборку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deselect everything</source>
        <translation>Снять все отметки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen provisions from the selection (Delete)</source>
        <translation>Удалить выбранные положения из подборки (Delete)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up (Alt+Up)</source>
        <translation>Переместить выше (Alt+Up)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;Down</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down (Alt+Down)</source>
        <translation>Переместить ниже (Alt+Down)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sort by Date</source>
        <translation>По дате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the document order: document date, then order in the document</source>
        <translation>Вернуть порядок документов: по дате документа, затем по порядку в документе</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Selection</source>
        <translation>Подборка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection file menu</source>
        <translation>Меню файла подборки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save, load or clear the selection</source>
        <translation>Сохранить, загрузить или очистить подборку</translation>
    </message>
    <message>
        <location filename="../../src/ictviewer/ui/selection/panel.py" line="+22"/>
        <source>No provisions selected</source>
        <translation>Положения не отобраны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 provision from 1 document</source>
        <translation>1 положение из 1 документа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} provisions from 1 document</source>
        <translation>Положений: {0} из 1 документа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} provisions from {1} documents</source>
        <translation>Положений: {0} из документов: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 no longer in the corpus</source>
        <translation>1 больше нет в корпусе</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+94"/>
        <source>{0} no longer in the corpus</source>
        <translation>Больше нет в корпусе: {0}</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Removed {0} from the selection</source>
        <translation>{0}: удалено из подборки</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Clear the selection</source>
        <translation>Очистить подборку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deselect all {0} provisions?</source>
        <translation>Снять отметки со всех положений ({0})?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Selection saved to {0}</source>
        <translation>Подборка сохранена в {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loaded {0} provision(s) from {1}</source>
        <translation>Загружено положений: {0} из {1}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../src/ictviewer/ui/timeline/axis.py" line="+86"/>
        <location line="+41"/>
        <location filename="../../src/ictviewer/ui/timeline/legend.py" line="+28"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../src/ictviewer/ui/timeline/export.py" line="+65"/>
        <source>Export as .png or .pdf, not “{0}”</source>
        <translation>Экспорт возможен в .png или .pdf, но не в «{0}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+43"/>
        <location line="+19"/>
        <source>Could not write {0}</source>
        <translation>Не удалось записать {0}</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Could not write {0} completely (is the disk full?)</source>
        <translation>Не удалось полностью записать {0} (диск переполнен?)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Timeline — ictviewer</source>
        <translation>Хронология — ictviewer</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Timeline of the documents and the events they mention</source>
        <translation>Хронология документов и упоминаемых в них событий</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ictviewer · exported {0}</source>
        <translation>ictviewer · экспортировано {0}</translation>
    </message>
    <message>
        <location filename="../../src/ictviewer/ui/timeline/legend.py" line="-5"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event a text mentions</source>
        <translation>Событие, упомянутое в тексте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact period</source>
        <translation>Точный период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approximate date (month or year only)</source>
        <translation>Приблизительная дата (только месяц или год)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has search hits</source>
        <translation>Есть результаты поиска</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Timeline legend</source>
        <translation>Легенда хронологии</translation>
    </message>
    <message>
        <location filename="../../src/ictviewer/ui/timeline/text.py" line="+28"/>
        <source>Adoptions and approvals</source>
        <translation>Принятие и одобрение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshops</source>
        <translation>Семинары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes verbales</source>
        <translation>Вербальные ноты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier texts referred to</source>
        <translation>Упомянутые ранее принятые тексты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandates and periods</source>
        <translation>Мандаты и периоды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts circulated</source>
        <translation>Распространённые проекты</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>adoption</source>
        <translation>принятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translation>заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workshop</source>
        <translation>семинар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline</source>
        <translation>срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note verbale</source>
        <translation>вербальная нота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>earlier text</source>
        <translation>ранее принятый текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mandate or period</source>
        <translation>мандат или период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document circulated</source>
        <translation>распространённый документ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>UN bodies</source>
        <translation>Органы ООН</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>approximate: the text gives only the year</source>
        <translation>приблизительно: в тексте указан только год</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approximate: the text gives only the month</source>
        <translation>приблизительно: в тексте указан только месяц</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the document itself</source>
        <translation>сам документ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mentioned in the text</source>
        <translation>упоминается в тексте</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} search hit(s) in this document</source>
        <translation>Результатов поиска в этом документе: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} search hit(s) in this provision</source>
        <translation>Результатов поиска в этом положении: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click or press Enter to open</source>
        <translation>Щёлкните или нажмите Enter, чтобы открыть</translation>
    </message>
</context>
<context>
    <name>TimelineDock</name>
    <message>
        <location filename="../../src/ictviewer/ui/timeline/dock.py" line="+33"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the timeline of documents and events</source>
        <translation>Показать или скрыть хронологию документов и событий</translation>
    </message>
</context>
<context>
    <name>TimelineScene</name>
    <message numerus="yes">
        <location filename="../../src/ictviewer/ui/timeline/scene.py" line="+287"/>
        <source>{0} of %n events</source>
        <translation>
            <numerusform>{0} из %n события</numerusform>
            <numerusform>{0} из %n событий</numerusform>
            <numerusform>{0} из %n событий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/ictviewer/ui/timeline/view.py" line="+61"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lanes:</source>
        <translation>Дорожки:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the {0} lane</source>
        <translation>Показать дорожку «{0}»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose which kinds of event to show</source>
        <translation>Выбрать виды событий для показа</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show all kinds</source>
        <translation>Показать все виды</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom out (-)</source>
        <translation>Уменьшить (-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (+)</source>
        <translation>Увеличить (+)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit all</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show every event (0)</source>
        <translation>Показать все события (0)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the timeline as a PNG image or a PDF</source>
        <translation>Сохранить хронологию как изображение PNG или PDF</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{0} search hits · {1} events marked</source>
        <translation>Результатов поиска: {0} · отмечено событий: {1}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Export the timeline</source>
        <translation>Экспорт хронологии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Изображение PNG (*.png);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export failed</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline saved to {0}</source>
        <translation>Хронология сохранена в {0}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All kinds of event</source>
        <translation>Все виды событий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} of {1} kinds</source>
        <translation>Видов: {0} из {1}</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../src/ictviewer/ui/dialogs/guide.py" line="+42"/>
        <source>ictviewer User Guide</source>
        <translation>Руководство пользователя ictviewer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User Guide</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/ictviewer/ui/library/welcome.py" line="+22"/>
        <source>Start page</source>
        <translation>Начальная страница</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Press Ctrl+K and type: hits appear as you type.</source>
        <translation>Нажмите Ctrl+K и вводите запрос: результаты появляются по мере ввода.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or F3 opens the next hit at its provision; Shift+F3 goes back.</source>
        <translation>Enter или F3 открывает следующий результат на его положении; Shift+F3 — назад.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &quot;exact phrases&quot;, OR, NOT and prefix* in a query.</source>
        <translation>В запросе можно использовать &quot;точные фразы&quot;, OR, NOT и префикс*.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C copies the current provision with its citation.</source>
        <translation>Ctrl+Shift+C копирует текущее положение со ссылкой на источник.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding agreed language</source>
        <translation>Поиск согласованных формулировок</translation>
    </message>
</context>
<context>
    <name>WindowFocus</name>
    <message>
        <location filename="../../src/ictviewer/ui/window_focus.py" line="+51"/>
        <source>Focus mode: side panes hidden for the texts ({0}: back)</source>
        <translation>Режим «только текст»: боковые панели скрыты ({0} — вернуть)</translation>
    </message>
</context>
<context>
    <name>WindowNavigation</name>
    <message>
        <location filename="../../src/ictviewer/ui/window_navigation.py" line="+100"/>
        <source>Open a document to go to one of its provisions</source>
        <translation>Откройте документ, чтобы перейти к одному из его положений</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No Recent Documents</source>
        <translation>Недавних документов нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Menu</source>
        <translation>Очистить меню</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <location filename="../../src/ictviewer/ui/labels.py" line="+64"/>
        <source>%n document</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n documents</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n provision</source>
        <translation>
            <numerusform>%n положение</numerusform>
            <numerusform>%n положения</numerusform>
            <numerusform>%n положений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n provisions</source>
        <translation>
            <numerusform>%n положение</numerusform>
            <numerusform>%n положения</numerusform>
            <numerusform>%n положений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hit</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hits</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n page</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n event</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message>
        <location filename="../../src/ictviewer/ui/compare/reasons.py" line="+24"/>
        <source>same wording</source>
        <translation>тот же текст</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>similar wording</source>
        <translation>похожий текст</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}% same wording</source>
        <translation>{0}% того же текста</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>shares %n concept ({0})</source>
        <translation>
            <numerusform>общее понятие: %n ({0})</numerusform>
            <numerusform>общее понятие: %n ({0})</numerusform>
            <numerusform>общее понятие: %n ({0})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>shares %n concepts ({0})</source>
        <translation>
            <numerusform>общее понятие: %n ({0})</numerusform>
            <numerusform>общих понятия: %n ({0})</numerusform>
            <numerusform>общих понятий: %n ({0})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ictviewer/ui/precedents/wording.py" line="+28"/>
        <source>in %n shared run</source>
        <translation>
            <numerusform>в %n общем отрывке</numerusform>
            <numerusform>в %n общем отрывке</numerusform>
            <numerusform>в %n общем отрывке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>in %n shared runs</source>
        <translation>
            <numerusform>в %n общем отрывке</numerusform>
            <numerusform>в %n общих отрывках</numerusform>
            <numerusform>в %n общих отрывках</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>longest %n word</source>
        <translation>
            <numerusform>самый длинный — %n слово</numerusform>
            <numerusform>самый длинный — %n слово</numerusform>
            <numerusform>самый длинный — %n слово</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>longest %n words</source>
        <translation>
            <numerusform>самый длинный — %n слово</numerusform>
            <numerusform>самый длинный — %n слова</numerusform>
            <numerusform>самый длинный — %n слов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n shared concept</source>
        <translation>
            <numerusform>%n общее понятие</numerusform>
            <numerusform>%n общее понятие</numerusform>
            <numerusform>%n общее понятие</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n shared concepts</source>
        <translation>
            <numerusform>%n общее понятие</numerusform>
            <numerusform>%n общих понятия</numerusform>
            <numerusform>%n общих понятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n related provision shares concepts, but little wording</source>
        <translation>
            <numerusform>%n родственное положение разделяет понятия, но мало текста</numerusform>
            <numerusform>%n родственное положение разделяет понятия, но мало текста</numerusform>
            <numerusform>%n родственное положение разделяет понятия, но мало текста</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n related provisions share concepts, but little wording</source>
        <translation>
            <numerusform>%n родственное положение разделяет понятия, но мало текста</numerusform>
            <numerusform>%n родственных положения разделяют понятия, но мало текста</numerusform>
            <numerusform>%n родственных положений разделяют понятия, но мало текста</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>covers {0}% of the draft&apos;s words</source>
        <translation>покрывает {0}% слов проекта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agreed language in {0}</source>
        <translation>согласованные формулировки: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>close to agreed language in {0}</source>
        <translation>близко к согласованным формулировкам: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no agreed language found: nothing in the library shares this wording</source>
        <translation>согласованных формулировок не найдено: в библиотеке нет такого текста</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no agreed language found: a precedent shares at least three words, and the draft has fewer</source>
        <translation>согласованных формулировок не найдено: у прецедента не меньше трёх общих слов, а в проекте их меньше</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the text has more than {0} characters, the most that can be searched at once: give a part of it (a section, or the paragraphs being negotiated)</source>
        <translation>в тексте больше {0} символов — больше, чем можно искать за раз: дайте его часть (раздел или обсуждаемые пункты)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one paragraph has {0} words (at most {1}); separate the paragraphs with blank lines so each is searched on its own</source>
        <translation>в одном пункте {0} слов (не больше {1}); разделите пункты пустыми строками, чтобы каждый искался отдельно</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} and {1}</source>
        <translation>{0} и {1}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/ictviewer/ui/labels.py" line="-63"/>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint statement</source>
        <translation>Совместное заявление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concept paper</source>
        <translation>Концепция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note verbale</source>
        <translation>Вербальная нота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaration</source>
        <translation>Декларация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adopted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Одобрен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circulated</source>
        <translation>Распространён</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supersedes</source>
        <translation>Заменяет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superseded by</source>
        <translation>Заменён документом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refers to</source>
        <translation>Ссылается на</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encloses</source>
        <translation>Препровождает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enclosed in</source>
        <translation>Препровождён документом</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>known to the month</source>
        <translation>с точностью до месяца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known to the year</source>
        <translation>с точностью до года</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a range of dates</source>
        <translation>диапазон дат</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>solid line</source>
        <translation>сплошная линия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dashes</source>
        <translation>штрихи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dots</source>
        <translation>точки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dash and dot</source>
        <translation>штрих и точка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dash and two dots</source>
        <translation>штрих и две точки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wave</source>
        <translation>волна</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../src/ictviewer/ui/dialogs/messages.py" line="+23"/>
        <source>There is no document “{0}” in the corpus.
Known documents: {1}</source>
        <translation>В корпусе нет документа «{0}».
Известные документы: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No such document</source>
        <translation>Документ не найден</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} corpus file(s) could not be loaded and are left out. Every other document is available.</source>
        <translation>Не удалось загрузить файлы корпуса ({0}); они пропущены. Все остальные документы доступны.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some documents could not be loaded</source>
        <translation>Некоторые документы не загружены</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Unexpected problem</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ictviewer ran into a problem it did not expect. You can keep working; the details are in the log.</source>
        <translation>В работе ictviewer произошла непредвиденная ошибка. Можно продолжать работу; подробности — в журнале.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
</TS>
