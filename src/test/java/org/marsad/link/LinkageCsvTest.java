package org.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.InputError;

class LinkageCsvTest {

    @Test
    void readsTheContractsColumnsAndKeepsTheOthersForImports() {
        String csv = "id,name,source,sex,age,date,place,status,cause\n"
                + "a1,محمد أحمد الحسن,list-1,M,34,2017-08-20,الرقة,civilian,airstrike\n"
                + "a2,Fatima al-Ali,,F,,,,,\n";
        List<LinkageCsv.Row> rows = LinkageCsv.rows(new StringReader(csv), "in.csv");
        assertThat(rows.get(0).record()).isEqualTo(new VictimRecord("a1", "محمد أحمد الحسن", "list-1", Sex.MALE, 34,
                LocalDate.of(2017, 8, 20), "الرقة", Status.CIVILIAN));
        assertThat(rows.get(0).more()).containsEntry("cause", "airstrike");
        assertThat(rows.get(1).record()).isEqualTo(new VictimRecord("a2", "Fatima al-Ali", null, Sex.FEMALE, null, null,
                null, null));
    }

    @Test
    void readsAListSavedByExcelWithAByteOrderMark() {
        String csv = "\uFEFFid,name,sex\n1,محمد أحمد الحسن,M\n";
        assertThat(LinkageCsv.read(new StringReader(csv), "excel.csv")).containsExactly(
                new VictimRecord("1", "محمد أحمد الحسن", null, Sex.MALE, null, null, null, null));
    }

    @Test
    void readsTheWaysListsWriteSexAgeAndStatusAndUnknownAsBlank() {
        String csv = "id,name,sex,age,status\n"
                + "1,x, male ,0.5,Fighter\n"
                + "2,y,أنثى,34,CIVILIAN\n"
                + "3,z,Unknown,unknown,غير معروف\n";
        List<VictimRecord> records = LinkageCsv.read(new StringReader(csv), "in.csv");
        assertThat(records.get(0)).isEqualTo(new VictimRecord("1", "x", null, Sex.MALE, 0, null, null, Status.FIGHTER));
        assertThat(records.get(1)).isEqualTo(new VictimRecord("2", "y", null, Sex.FEMALE, 34, null, null,
                Status.CIVILIAN));
        assertThat(records.get(2)).isEqualTo(new VictimRecord("3", "z", null, null, null, null, null, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "name,age\\nx,3|in.csv: line 1: the header has no 'id' column",
        "id,name,age\\n1,x,3\\n2,y|in.csv: line 3: 2 fields, the header has 3",
        "id,name,date\\n1,x,2017-13-01|in.csv: line 2: field 'date' is '2017-13-01', expected YYYY-MM-DD",
        "id,name,age\\n1,x,old|in.csv: line 2: field 'age' is 'old', expected years from 0 to 130",
        "id,name,age\\n1,x,200|in.csv: line 2: field 'age' is '200', expected years from 0 to 130",
        "id,name,sex\\n1,x,X|in.csv: line 2: field 'sex' is 'X', expected M or F",
        "id,name,status\\n1,x,soldier|in.csv: line 2: field 'status' is 'soldier', expected civilian or fighter",
        "id,name\\n1,x\\n1,y|in.csv: line 3: id '1' is used twice",
        "id,name\\n,x|in.csv: line 2: field 'id' is empty",
    })
    void aMalformedRowIsAnErrorNamingItsLineAndField(String csv, String message) {
        assertThatThrownBy(() -> LinkageCsv.read(new StringReader(csv.replace("\\n", "\n")), "in.csv"))
                .isInstanceOf(InputError.class).hasMessage(message);
    }

    @Test
    void writesOneClusterPerRecordInInputOrder() {
        List<VictimRecord> records = List.of(
                new VictimRecord("r1", "محمد أحمد الحسن", "a", Sex.MALE, 34, null, null, null),
                new VictimRecord("r2", "سارة خالد", "a", Sex.FEMALE, 9, null, null, null),
                new VictimRecord("r3", "محمد احمد الحسن", "b", Sex.MALE, 34, null, null, null));
        Linkage linkage = Linker.link(records, Decisions.none().confirmSame(0, 2));
        StringWriter out = new StringWriter();
        LinkageCsv.write(records, linkage, out);
        assertThat(out.toString()).isEqualTo("id,cluster\nr1,r1\nr2,r2\nr3,r1\n");
    }
}
