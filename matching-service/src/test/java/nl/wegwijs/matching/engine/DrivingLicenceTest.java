package nl.wegwijs.matching.engine;

import static nl.wegwijs.matching.engine.DrivingLicence.A;
import static nl.wegwijs.matching.engine.DrivingLicence.A1;
import static nl.wegwijs.matching.engine.DrivingLicence.A2;
import static nl.wegwijs.matching.engine.DrivingLicence.AM;
import static nl.wegwijs.matching.engine.DrivingLicence.B;
import static nl.wegwijs.matching.engine.DrivingLicence.BE;
import static nl.wegwijs.matching.engine.DrivingLicence.C;
import static nl.wegwijs.matching.engine.DrivingLicence.C1;
import static nl.wegwijs.matching.engine.DrivingLicence.C1E;
import static nl.wegwijs.matching.engine.DrivingLicence.CE;
import static nl.wegwijs.matching.engine.DrivingLicence.D;
import static nl.wegwijs.matching.engine.DrivingLicence.D1;
import static nl.wegwijs.matching.engine.DrivingLicence.D1E;
import static nl.wegwijs.matching.engine.DrivingLicence.DE;
import static nl.wegwijs.matching.engine.DrivingLicence.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The implications of Directive 2006/126/EC, Article 6, between the categories of the EU driving licence. */
class DrivingLicenceTest {

    @Test
    void eachCategoryIncludesWhatTheDirectiveSays() {
        assertThat(AM.includes()).isEmpty();
        assertThat(A1.includes()).containsExactlyInAnyOrder(AM);
        assertThat(A2.includes()).containsExactlyInAnyOrder(A1, AM);
        assertThat(A.includes()).containsExactlyInAnyOrder(A2, A1, AM);
        assertThat(B.includes()).containsExactlyInAnyOrder(AM);
        assertThat(BE.includes()).containsExactlyInAnyOrder(B, AM);
        assertThat(C1.includes()).containsExactlyInAnyOrder(B, AM);
        assertThat(C1E.includes()).containsExactlyInAnyOrder(C1, BE, B, AM);
        assertThat(C.includes()).containsExactlyInAnyOrder(C1, B, AM);
        assertThat(CE.includes()).containsExactlyInAnyOrder(C, C1E, C1, BE, B, AM);
        assertThat(D1.includes()).containsExactlyInAnyOrder(B, AM);
        assertThat(D1E.includes()).containsExactlyInAnyOrder(D1, BE, B, AM);
        assertThat(D.includes()).containsExactlyInAnyOrder(D1, B, AM);
        assertThat(DE.includes()).containsExactlyInAnyOrder(D, D1E, D1, BE, B, AM);
        assertThat(T.includes()).isEmpty();
    }

    @Test
    void noCategoryIncludesAHigherOneOrAMotorcycleOrATractor() {
        assertThat(C.includes()).doesNotContain(CE, C1E, BE, D, D1);
        assertThat(B.includes()).doesNotContain(A1, BE, C1, T);
        assertThat(C1E.includes()).doesNotContain(C, CE);
        assertThat(D.includes()).doesNotContain(C, C1, DE);
        assertThat(A1.includes()).doesNotContain(A2, B);
        for (DrivingLicence licence : DrivingLicence.values()) {
            assertThat(licence.includes()).as(licence.name()).doesNotContain(licence, T);
        }
    }

    @Test
    void ceIsValidForDeOnlyForAHolderOfD() {
        assertThat(DrivingLicence.entitlements(List.of(CE))).doesNotContain(D, DE, D1E);
        assertThat(DrivingLicence.entitlements(List.of(CE, D))).contains(DE, D1E);
        assertThat(DrivingLicence.entitlements(List.of(C, D))).doesNotContain(DE, CE);
    }

    @Test
    void anExplanationNamesTheHeldCategoryThatIncludesARequiredOne() {
        assertThat(DrivingLicence.whyIncluded(Set.of(B, CE), C)).contains("CE includes C");
        assertThat(DrivingLicence.whyIncluded(Set.of(CE, DE), BE)).contains("CE includes BE");
        assertThat(DrivingLicence.whyIncluded(Set.of(CE, D), DE)).contains("CE and D include DE");
        assertThat(DrivingLicence.whyIncluded(Set.of(B, CE), CE)).isEmpty(); // held itself
        assertThat(DrivingLicence.whyIncluded(Set.of(B, C), CE)).isEmpty(); // not included
    }

    @Test
    void aMaskHoldsEveryEntitlement() {
        int mask = DrivingLicence.entitlementMask(List.of(CE));
        assertThat(DrivingLicence.fromMask(mask)).containsExactlyInAnyOrder(CE, C, C1E, C1, BE, B, AM);
        assertThat(mask & C.bit()).isEqualTo(C.bit());
        assertThat(DrivingLicence.mask(List.of(B, CE))).isEqualTo(B.bit() | CE.bit());
    }
}
