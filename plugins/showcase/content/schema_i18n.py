"""The field descriptions of :mod:`showcase.schema` in Czech and Bulgarian.

The English description of each field is in the schema itself; these are the
same descriptions for the Czech and Bulgarian editor's guides (``EDITING.cs.md``,
``EDITING.bg.md``). Keys are ``<file kind>:<dotted field name>`` as
:func:`showcase.editing.reference_fields` names them; a test fails when a field
of the schema has no description here in every language.
"""

from __future__ import annotations

FIELD_DESCRIPTIONS: dict[str, dict[str, str]] = {
    # -- project.yml -----------------------------------------------------------
    "project:original_language": {
        "cs": "Jazyk, ve kterém byl projekt původně napsán; jeho soubor musí existovat.",
        "bg": "Езикът, на който проектът е написан първоначално; файлът на този език трябва да съществува.",
    },
    "project:organisation": {
        "cs": "Id organizace, která projekt vede, v data/organisations.yml.",
        "bg": "Идентификатор на организацията, която изпълнява проекта, от data/organisations.yml.",
    },
    "project:partners": {
        "cs": "Id partnerských organizací.",
        "bg": "Идентификатори на партньорските организации.",
    },
    "project:funding": {
        "cs": "Kdo projekt financuje a z jakého programu.",
        "bg": "Кой финансира проекта и по коя програма.",
    },
    "project:funding[].funder": {
        "cs": "Id poskytovatele podpory v data/funders.yml.",
        "bg": "Идентификатор на финансиращата организация от data/funders.yml.",
    },
    "project:funding[].programme": {
        "cs": "Id jednoho z programů tohoto poskytovatele v data/funders.yml.",
        "bg": "Идентификатор на една от програмите на тази финансираща организация от data/funders.yml.",
    },
    "project:registration_number": {
        "cs": "Registrační číslo, které projektu přidělil poskytovatel podpory.",
        "bg": "Регистрационният номер, който финансиращата организация е дала на проекта.",
    },
    "project:identifier": {
        "cs": "Jakýkoli další identifikátor projektu.",
        "bg": "Друг идентификатор на проекта, ако има такъв.",
    },
    "project:image": {
        "cs": "Obrázek projektu: název souboru ve složce projektu, nejlépe 1200×630 pixelů. Zobrazí se na stránce projektu a při sdílení odkazu; jeho popis (image_alt) patří do jazykových souborů.",
        "bg": "Изображение на проекта: име на файл в папката на проекта, за предпочитане 1200×630 пиксела. Показва се на страницата и при споделяне на връзката; описанието му (image_alt) е в езиковите файлове.",
    },
    "project:period": {
        "cs": "Kdy projekt probíhá: uveďte jen to, co je známo.",
        "bg": "Кога се изпълнява проектът: посочете само това, което е известно.",
    },
    "project:period.start": {
        "cs": "Kdy projekt začal, tak přesně, jak je to známo (RRRR-MM-DD, RRRR-MM nebo RRRR).",
        "bg": "Кога е започнал проектът, толкова точно, колкото е известно (ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ).",
    },
    "project:period.end": {
        "cs": "Kdy projekt skončí nebo skončil, tak přesně, jak je to známo.",
        "bg": "Кога приключва или е приключил проектът, толкова точно, колкото е известно.",
    },
    "project:status": {
        "cs": "Zda projekt probíhá (ongoing), nebo je ukončený (completed).",
        "bg": "Дали проектът е в ход (ongoing), или е приключил (completed).",
    },
    "project:countries": {
        "cs": "Země, ve kterých projekt působí, jako kódy ISO 3166 (CZ, BG, GB…).",
        "bg": "Държавите, в които работи проектът, като кодове по ISO 3166 (CZ, BG, GB…).",
    },
    "project:topics": {
        "cs": "Id témat v data/topics.yml.",
        "bg": "Идентификатори на теми от data/topics.yml.",
    },
    "project:figures": {
        "cs": "Klíčová čísla; jejich popisky jsou v jazykových souborech pod stejným id.",
        "bg": "Ключови числа; надписите към тях са в езиковите файлове под същия идентификатор.",
    },
    "project:contacts": {
        "cs": "Lidé a kanceláře, na které se lze obrátit; jejich role jsou v jazykových souborech pod stejným id.",
        "bg": "Хора и офиси за контакт; ролите им са в езиковите файлове под същия идентификатор.",
    },
    "project:contacts.<id>.name": {
        "cs": "Jméno osoby, s tituly tak, jak je sama používá.",
        "bg": "Името на човека, с титлите, които сам използва.",
    },
    "project:contacts.<id>.organisation": {
        "cs": "Id organizace kontaktu v data/organisations.yml.",
        "bg": "Идентификатор на организацията на контакта от data/organisations.yml.",
    },
    "project:contacts.<id>.phone": {
        "cs": "Telefonní číslo v mezinárodním formátu (začíná +).",
        "bg": "Телефонен номер в международен формат (започва с +).",
    },
    "project:contacts.<id>.email": {
        "cs": "E-mailová adresa. Web ji skryje před roboty, kteří sbírají adresy.",
        "bg": "Имейл адрес. Сайтът го скрива от роботите, които събират адреси.",
    },
    "project:contacts.<id>.address": {
        "cs": "Poštovní adresa tak, jak ji píše pošta (bez země).",
        "bg": "Пощенски адрес, както го изписва пощата (без държавата).",
    },
    "project:contacts.<id>.country": {
        "cs": "Země poštovní adresy.",
        "bg": "Държавата на пощенския адрес.",
    },
    "project:links": {
        "cs": "Webové stránky o projektu; jejich popisky jsou v jazykových souborech pod stejným id.",
        "bg": "Уебстраници за проекта; надписите към тях са в езиковите файлове под същия идентификатор.",
    },
    # -- <language>.md ---------------------------------------------------------
    "texts:title": {
        "cs": "Název projektu v tomto jazyce. V souboru původního jazyka je povinný.",
        "bg": "Името на проекта на този език. Задължително е във файла на оригиналния език.",
    },
    "texts:image_alt": {
        "cs": "Co obrázek projektu zachycuje, pro čtenáře, kteří ho nevidí. V souboru původního jazyka je povinný, pokud project.yml uvádí obrázek.",
        "bg": "Какво показва изображението на проекта – за читатели, които не могат да го видят. Задължително във файла на оригиналния език, ако project.yml посочва изображение.",
    },
    "texts:subtitle": {
        "cs": "Podtitul pod názvem.",
        "bg": "Подзаглавие под името.",
    },
    "texts:summary": {
        "cs": "Jedna nebo dvě prosté věty pod názvem a na kartě projektu. V souboru původního jazyka je povinné.",
        "bg": "Едно-две обикновени изречения под заглавието и в картата на проекта. Задължително е във файла на оригиналния език.",
    },
    "texts:geographic_scope": {
        "cs": "Kde projekt působí, když samotný seznam zemí nestačí.",
        "bg": "Къде работи проектът, когато списъкът на държавите не казва достатъчно.",
    },
    "texts:places": {
        "cs": "Města a regiony, napsané v tomto jazyce.",
        "bg": "Градове и региони, изписани на този език.",
    },
    "texts:goals": {
        "cs": "Čeho chce projekt dosáhnout (Markdown).",
        "bg": "Какво иска да постигне проектът (Markdown).",
    },
    "texts:target_groups": {
        "cs": "Pro koho projekt je (Markdown).",
        "bg": "За кого е проектът (Markdown).",
    },
    "texts:activities": {
        "cs": "Co projekt dělá.",
        "bg": "Какво прави проектът.",
    },
    "texts:activities[].title": {
        "cs": "Název aktivity.",
        "bg": "Името на дейността.",
    },
    "texts:activities[].text": {
        "cs": "Co se v ní dělalo (Markdown).",
        "bg": "Какво е свършено (Markdown).",
    },
    "texts:findings": {
        "cs": "Co projekt zjistil: přínosy, problémy a poučení.",
        "bg": "До какво е стигнал проектът: ползи, трудности и поуки.",
    },
    "texts:findings.benefits": {
        "cs": "Co projekt přinesl (Markdown).",
        "bg": "Какво е донесъл проектът (Markdown).",
    },
    "texts:findings.challenges": {
        "cs": "Co stálo v cestě (Markdown).",
        "bg": "Какво е пречело (Markdown).",
    },
    "texts:findings.lessons": {
        "cs": "Z čeho se mohou poučit ostatní (Markdown).",
        "bg": "Какво могат да научат другите (Markdown).",
    },
    "texts:quotes": {
        "cs": "Citáty a jejich autoři.",
        "bg": "Цитати и кой ги е казал.",
    },
    "texts:quotes[].text": {
        "cs": "Citovaná slova.",
        "bg": "Цитираните думи.",
    },
    "texts:quotes[].attribution": {
        "cs": "Kdo je řekl (stačí role).",
        "bg": "Кой ги е казал (достатъчна е ролята).",
    },
    "texts:figures": {
        "cs": "Popisky klíčových čísel z project.yml, pod stejným id.",
        "bg": "Надписи към ключовите числа от project.yml, под същия идентификатор.",
    },
    "texts:contacts": {
        "cs": "Role každého kontaktu z project.yml, pod stejným id.",
        "bg": "Ролята на всеки контакт от project.yml, под същия идентификатор.",
    },
    "texts:links": {
        "cs": "Popisek každého odkazu z project.yml, pod stejným id.",
        "bg": "Надпис към всяка връзка от project.yml, под същия идентификатор.",
    },
    "texts:acknowledgement": {
        "cs": "Nahradí na stránce projektu standardní poděkování poskytovatelům podpory.",
        "bg": "Заменя стандартното благодарствено изречение на финансиращите организации на страницата на проекта.",
    },
    # -- data/ -----------------------------------------------------------------
    "organisations:<id>.name": {
        "cs": "Název organizace: jeden text, nebo jeden pro každý jazyk.",
        "bg": "Името на организацията: един текст или по един за всеки език.",
    },
    "organisations:<id>.country": {
        "cs": "Země sídla organizace.",
        "bg": "Държавата, в която е седалището на организацията.",
    },
    "organisations:<id>.website": {
        "cs": "Web organizace.",
        "bg": "Уебсайтът на организацията.",
    },
    "funders:<id>.name": {
        "cs": "Název poskytovatele podpory.",
        "bg": "Името на финансиращата организация.",
    },
    "funders:<id>.acknowledgement": {
        "cs": "Věta, kterou poskytovatel žádá uvádět u podpořených projektů.",
        "bg": "Изречението, което финансиращата организация изисква да се показва при подкрепените проекти.",
    },
    "funders:<id>.programmes": {
        "cs": "Programy tohoto poskytovatele, podle id.",
        "bg": "Програмите на тази финансираща организация, по идентификатор.",
    },
    "funders:<id>.programmes.<id>.name": {
        "cs": "Název programu.",
        "bg": "Името на програмата.",
    },
    "topics:<id>.name": {
        "cs": "Název tématu.",
        "bg": "Името на темата.",
    },
}
