package cn.zhaoshang.crm.admission;

import java.time.LocalDateTime;

/** 局长特批: a director admitted the project despite a failed evaluation. */
public record AdmissionOverride(String byName, LocalDateTime at, String reason) {
}
