package org.marsad.web.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.report.Lang;
import org.marsad.web.Messages;

/**
 * Every kind of error the import's reader finds in a victims CSV is known by its shape and said in both
 * languages; one the upload page would only call "cannot be read" means the reader's wording changed.
 */
class CsvCheckTest {
    @Test
    void eachKindOfRowErrorIsNamedByLineInBothLanguages() {
        String csv = "id,name,sex,age,date,status\n"
                + "1,هدى,F,20,2017-01-01,civilian\n"
                + "2,سامر,X,30,2017-01-01,civilian\n"
                + "3,,M,30,2017-01-01,civilian\n"
                + "4,هدى,F,200,2017-01-01,civilian\n"
                + "5,هدى,F,20,1/2/2017,civilian\n"
                + "6,هدى,F,20,2017-01-01,soldier\n"
                + "1,هدى,F,20,2017-01-01,civilian\n"
                + "7,هدى,F\n";
        List<CsvProblem> problems = CsvCheck.check(csv, "list.csv").errors();
        assertThat(problems).extracting(CsvProblem::line).containsExactly(3, 4, 5, 6, 7, 8, 9);
        assertThat(problems).extracting(CsvProblem::key).containsExactly("input.sex", "csv.empty", "csv.age", "csv.date",
                "input.victim_status", "csv.id_twice", "csv.fields");
        assertThat(problems.get(1).column()).isEqualTo("name");
        assertThat(problems.get(0).in(Messages.of(Lang.AR)).what()).isEqualTo("الجنس ذكر أو أنثى، لا «X».");
        assertThat(problems.get(0).in(Messages.of(Lang.EN)).where()).isEqualTo("Line 3");
        assertThat(problems.get(6).in(Messages.of(Lang.EN)).what()).isEqualTo("The line has 3 fields where the header has 6.");

        List<CsvProblem> header = CsvCheck.check("name,sex\nسامر,M\n", "list.csv").errors();
        assertThat(header).extracting(CsvProblem::key).containsExactly("csv.no_column");
        assertThat(header.get(0).column()).isEqualTo("id");
    }
}
