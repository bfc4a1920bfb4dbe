#!/usr/bin/env python3
"""Writes the CRM export fixtures under tests/fixtures/crm/ (run once; the files are committed).

Made from the CRMs' published export column lists (amoCRM: «ID», «Название сделки», «Бюджет ₽», «Ответственный»,
«Дата создания сделки», «Дата закрытия» with «не закрыта», «Этап сделки», «Воронка», «Теги»...; Bitrix24: «ID»,
«Название», «Стадия сделки», «Сумма», «Валюта», «Ответственный», «Дата создания», «Дата изменения»,
«Предполагаемая дата закрытия», «Источник», «Воронка»/«Направление»). The people are the demo department's.
Standard library only: the XLSX is written as the zip of XML parts it is.
"""

import datetime
import os
import zipfile

HERE = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "crm")

AMO_HEADER = ["ID", "Название сделки", "Бюджет ₽", "Ответственный", "Дата создания сделки", "Дата закрытия",
              "Этап сделки", "Воронка", "Теги", "Ближайшая задача", "Причина отказа", "Компания", "Телефон"]
AMO_ROWS = [
    ["1001", "Поставка кофе в офис", "150 000", "Соколова Анна Дмитриевна", "02.11.2026 10:15:00", "не закрыта",
     "Первичный контакт", "Продажи", "опт", "30.11.2026 12:00:00", "", "ООО Ромашка", "+7 495 111-22-33"],
    ["1002", "Кофемашины, «Лента»", "1 250 000,50", "Соколова Анна Дмитриевна", "15.10.2026 09:00:00", "не закрыта",
     "Переговоры", "Продажи", "", "", "", "ООО Лента", ""],
    ["1003", "Сервис на год\nс выездом", "480 000", "Артём Кузнецов", "01.10.2026 11:30:00",
     "20.11.2026 16:00:00", "Успешно реализовано", "Продажи", "", "", "", "АО Вектор", "+7 812 555-00-00"],
    ["1004", "=HYPERLINK(\"http://x\";\"клик\")", "90 000", "Артём Кузнецов", "05.11.2026 14:00:00",
     "25.11.2026 10:00:00", "Закрыто и не реализовано", "Продажи", "", "", "", "ИП Петров", ""],
    ["1005", "Капсулы, сеть кофеен", "320 000", "Морозова", "20.11.2026 08:45:00", "не закрыта",
     "Принимают решение", "Продажи", "сеть", "25.11.2026 18:00:00", "", "ООО Зерно", "+7 343 200-10-10"],
    ["1006", "Аренда оборудования", "75 000", "Морозова", "10.09.2026 12:00:00", "18.11.2026 12:00:00",
     "Закрыто и не реализовано", "Продажи", "", "", "Дорого", "ООО Кварц", ""],
]

BITRIX_HEADER = ["ID", "Название", "Стадия сделки", "Сумма", "Валюта", "Ответственный", "Дата создания",
                 "Дата изменения", "Предполагаемая дата закрытия", "Источник", "Воронка"]
BITRIX_ROWS = [
    ["501", "Оборудование для кофейни", "Новая", "210000", "RUB", "Волков Дмитрий Александрович",
     "03.11.2026 10:00:00", "20.11.2026 10:00:00", "15.12.2026", "Сайт", "Общая"],
    ["502", "Зерно ежемесячно,\nдоговор на год", "Подготовка документов", "1 840 000", "RUB", "Лебедева Мария Андреевна",
     "12.10.2026 09:30:00", "24.11.2026 15:00:00", "10.12.2026", "Звонок", "Общая"],
    ["503", "Офисные кофемашины", "Сделка успешна", "560000", "RUB", "Волков Дмитрий Александрович",
     "01.10.2026 09:00:00", "19.11.2026 17:45:00", "", "Выставка", "Общая"],
    ["504", "Сиропы", "Сделка провалена", "45000", "RUB", "Лебедева Мария Андреевна",
     "02.11.2026 12:00:00", "21.11.2026 11:00:00", "", "Сайт", "Общая"],
]

AMO_TASKS_HEADER = ["ID", "Текст задачи", "Ответственный", "Дата исполнения", "Выполнена", "Сделка"]
AMO_TASKS_ROWS = [
    ["9001", "Перезвонить по КП", "Соколова Анна Дмитриевна", "30.11.2026 12:00:00", "нет", "1001"],
    ["9002", "Отправить договор", "Морозова", "25.11.2026 18:00:00", "нет", "1005"],
    ["9003", "Встреча", "Артём Кузнецов", "18.11.2026 10:00:00", "да", "1003"],
]

BAD_HEADER = AMO_HEADER[:8]
BAD_ROWS = [
    ["2001", "Хорошая сделка", "10 000", "Соколова Анна Дмитриевна", "01.11.2026 10:00:00", "не закрыта",
     "Переговоры", "Продажи"],
    ["2002", "Плохая дата", "10 000", "Соколова Анна Дмитриевна", "31.02.2026 10:00:00", "не закрыта",
     "Переговоры", "Продажи"],
    ["2003", "Плохая сумма", "десять тысяч", "Соколова Анна Дмитриевна", "01.11.2026 10:00:00", "не закрыта",
     "Переговоры", "Продажи"],
    ["2001", "Тот же ID", "5 000", "Соколова Анна Дмитриевна", "01.11.2026 10:00:00", "не закрыта",
     "Переговоры", "Продажи"],
    ["2004", "Без этапа", "5 000", "Соколова Анна Дмитриевна", "01.11.2026 10:00:00", "не закрыта", "", "Продажи"],
]


def csv_text(header, rows, sep):
    def cell(v):
        if any(c in v for c in (sep, '"', "\n")):
            return '"' + v.replace('"', '""') + '"'
        return v
    return "\r\n".join(sep.join(cell(v) for v in row) for row in [header] + rows) + "\r\n"


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def excel_serial(text):
    """`DD.MM.YYYY[ HH:MM:SS]` as Excel's day number (1900 system)."""
    fmt = "%d.%m.%Y %H:%M:%S" if " " in text else "%d.%m.%Y"
    d = datetime.datetime.strptime(text, fmt)
    delta = d - datetime.datetime(1899, 12, 30)
    return delta.days + delta.seconds / 86400


def xlsx(header, rows, date_columns):
    def col(i):
        return chr(ord("A") + i)

    def esc(v):
        return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    lines = []
    for r, row in enumerate([header] + rows, start=1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if v == "":
                continue
            if r > 1 and c in date_columns:
                cells.append(f'<c r="{ref}" s="1"><v>{excel_serial(v)}</v></c>')
            elif r > 1 and v.replace(" ", "").isdigit() and c not in (0,):
                cells.append(f'<c r="{ref}"><v>{v.replace(" ", "")}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{esc(v)}</t></is></c>')
        lines.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{"".join(lines)}</sheetData></worksheet>')
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Сделки" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '</Relationships>',
        "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
        '</styleSheet>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 28, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return buf.getvalue()


def main():
    os.makedirs(HERE, exist_ok=True)
    write("amocrm-deals.csv", b"\xef\xbb\xbf" + csv_text(AMO_HEADER, AMO_ROWS, ";").encode("utf-8"))
    write("amocrm-tasks.csv", csv_text(AMO_TASKS_HEADER, AMO_TASKS_ROWS, ",").encode("utf-8"))
    write("bitrix24-deals-1251.csv", csv_text(BITRIX_HEADER, BITRIX_ROWS, ";").encode("cp1251"))
    xlsx_header = [h if h != "Воронка" else "Направление" for h in BITRIX_HEADER]
    write("bitrix24-deals.xlsx", xlsx(xlsx_header, BITRIX_ROWS, {6, 7}))
    write("amocrm-bad.csv", csv_text(BAD_HEADER, BAD_ROWS, "\t").encode("utf-8"))


if __name__ == "__main__":
    main()
